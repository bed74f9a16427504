/**
 * Terminal output: colour only on a terminal (and never with NO_COLOR), plain text otherwise;
 * aligned tables; a spinner that becomes one plain line when nobody is watching.
 */

export interface Output {
  readonly colour: boolean;
  readonly interactive: boolean;
  line(text?: string): void;
  error(text: string): void;
  /** Shows `label` with a spinner until the returned function is called with the closing line. */
  wait(label: string): (done?: string) => void;
}

const CODES = { bold: [1, 22], dim: [2, 22], red: [31, 39], green: [32, 39], yellow: [33, 39], blue: [34, 39], magenta: [35, 39], cyan: [36, 39], grey: [90, 39] } as const;
export type Style = keyof typeof CODES;

export function paint(on: boolean, style: Style, text: string): string {
  if (!on) return text;
  const [open, close] = CODES[style];
  return `\u001b[${open}m${text}\u001b[${close}m`;
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
    line: (text = '') => write(`${text}\n`),
    error: (text) => stderr.write(`${text}\n`),
    wait(label) {
      if (!interactive) {
        write(`  … ${label}\n`);
        return (done) => {
          if (done !== undefined) write(`${done}\n`);
        };
      }
      let i = 0;
      const draw = (): void => {
        stdout.write(`\r\u001b[2K  ${paint(colour, 'cyan', FRAMES[i++ % FRAMES.length]!)} ${label}`);
      };
      draw();
      const timer = setInterval(draw, 80);
      return (done) => {
        clearInterval(timer);
        stdout.write('\r\u001b[2K');
        if (done !== undefined) stdout.write(`${done}\n`);
      };
    },
  };
}

/** An aligned text table. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[], colour = false): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => visibleLength(r[i] ?? ''))));
  const pad = (cell: string, i: number): string => cell + ' '.repeat(Math.max(0, widths[i]! - visibleLength(cell)));
  const head = paint(colour, 'bold', headers.map((h, i) => pad(h, i)).join('  ').trimEnd());
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [head, rule, ...rows.map((r) => r.map((c, i) => pad(c, i)).join('  ').trimEnd())].join('\n');
}

const visibleLength = (text: string): number => text.replace(/\u001b\[[0-9;]*m/g, '').length;

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
