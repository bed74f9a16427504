/**
 * Terminal output: colour only on a terminal (and never with NO_COLOR), plain text otherwise;
 * aligned tables; a spinner that becomes one plain line when nobody is watching. Text from the
 * store — a Message-ID, a subject, a registrar's reason — is written by strangers: every control
 * character in it is printed escaped, so none reaches the terminal as a command.
 */
import { randomBytes } from 'node:crypto';

export interface Output {
  readonly colour: boolean;
  readonly interactive: boolean;
  line(text?: string): void;
  error(text: string): void;
  /** Shows `label` with a spinner until the returned function is called with the closing line. */
  wait(label: string): (done?: string) => void;
}

/** The styles `paint` knows. */
export type Style = 'bold' | 'dim' | 'red' | 'green' | 'yellow' | 'blue' | 'magenta' | 'cyan' | 'grey';
const CODES: Record<Style, readonly [number, number]> = { bold: [1, 22], dim: [2, 22], red: [31, 39], green: [32, 39], yellow: [33, 39], blue: [34, 39], magenta: [35, 39], cyan: [36, 39], grey: [90, 39] };

// paint() marks its styles with a token nobody else can write (random per process: text stored
// before the CLI started cannot contain it); the writer escapes every control character and only
// then turns the marks into escape sequences. So the only sequences reaching the terminal are ours.
const MARK = `\uFFF9${randomBytes(6).toString('hex')}:`;
const MARK_END = '\uFFFB';
const MARKS = new RegExp(`${MARK}(\\d+)${MARK_END}`, 'g');
const sgr = (code: number): string => `${MARK}${code}${MARK_END}`;

export function paint(on: boolean, style: Style, text: string): string {
  if (!on) return text;
  const [open, close] = CODES[style];
  return `${sgr(open)}${text}${sgr(close)}`;
}

/**
 * Escapes C0 control characters (but tab and newline) as `\x1b`, and DEL and C1 as `\u009b`
 * (a form that keeps `--json` output valid JSON).
 */
export function escapeControls(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x20 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** What a stream receives: controls escaped, then paint()'s marks made into colour sequences. */
export function render(text: string): string {
  return escapeControls(text).replace(MARKS, (_, code: string) => `\u001b[${code}m`);
}

/** Whether a stream gets colour: a TTY without NO_COLOR, or FORCE_COLOR set. */
export type OutStream = NodeJS.WritableStream & { isTTY?: boolean };

export function colourFor(stream: OutStream, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true && env.TERM !== 'dumb';
}

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

export function createOutput(stdout: OutStream = process.stdout, stderr: NodeJS.WritableStream = process.stderr, options: { quiet?: boolean } = {}): Output {
  const colour = colourFor(stdout);
  const interactive = stdout.isTTY === true && !options.quiet;
  const write = (text: string): void => {
    if (!options.quiet) stdout.write(text);
  };
  return {
    colour,
    interactive,
    line: (text = '') => write(`${render(text)}\n`),
    error: (text) => stderr.write(`${render(text)}\n`),
    wait(label) {
      if (!interactive) {
        write(`  … ${render(label)}\n`);
        return (done) => {
          if (done !== undefined) write(`${render(done)}\n`);
        };
      }
      let i = 0;
      const draw = (): void => {
        stdout.write(`\r\u001b[2K  ${render(`${paint(colour, 'cyan', FRAMES[i++ % FRAMES.length]!)} ${label}`)}`);
      };
      draw();
      const timer = setInterval(draw, 80);
      return (done) => {
        clearInterval(timer);
        stdout.write('\r\u001b[2K');
        if (done !== undefined) stdout.write(`${render(done)}\n`);
      };
    },
  };
}

/** An aligned text table. A cell is one line: a line break in a value prints escaped, as `\n`. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[], colour = false): string {
  const cells = rows.map((r) => r.map((cell) => escapeControls(cell.replace(/\r?\n/g, '\\n').replace(/\t/g, '\\t'))));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => visibleLength(r[i] ?? ''))));
  const pad = (cell: string, i: number): string => cell + ' '.repeat(Math.max(0, widths[i]! - visibleLength(cell)));
  const head = paint(colour, 'bold', headers.map((h, i) => pad(h, i)).join('  ').trimEnd());
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [head, rule, ...cells.map((r) => r.map((c, i) => pad(c, i)).join('  ').trimEnd())].join('\n');
}

const visibleLength = (text: string): number => text.replace(MARKS, '').length;

const STATUS_STYLE: Record<string, Style> = {
  registered: 'green',
  done: 'green',
  completed: 'green',
  error: 'red',
  failed: 'red',
  rejected: 'red',
  refused: 'red',
  pending: 'yellow',
  registering: 'yellow',
  transferring: 'yellow',
  submitting: 'yellow',
  'awaiting-payment': 'magenta',
  'awaiting-manual': 'magenta',
  open: 'magenta',
};

/** A status word in the colour that tells its meaning. */
export function status(colour: boolean, value: string): string {
  const style = STATUS_STYLE[value];
  return style === undefined ? value : paint(colour, style, value);
}
