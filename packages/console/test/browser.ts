/**
 * The browser side of the console's tests: Debian's Chromium driven by playwright-core (no
 * browser download), a fresh context per signed-in user, axe-core run in the page, screenshots.
 */
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import axe from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/**
 * The README's screenshots are rewritten only when asked (`RK_UPDATE_SCREENSHOTS=1 pnpm exec vitest run
 * packages/console`); otherwise each run still takes them, into a temporary directory, so a broken
 * screen fails the same way without touching the committed pictures.
 */
export const SCREENSHOTS =
  process.env.RK_UPDATE_SCREENSHOTS === '1' ? fileURLToPath(new URL('../screenshots/', import.meta.url)) : `${mkdtempSync(join(tmpdir(), 'rk-console-shots-'))}/`;
/** One viewport for every screenshot, so they change only when the screens do. */
const VIEWPORT = { width: 1280, height: 860 };

/** `expect.poll` with a wait that suits a slow, shared machine (its default is one second). */
export const eventually = <T>(fn: () => T | Promise<T>, options: { timeout?: number; message?: string } = {}) => expect.poll(fn, { timeout: 30_000, interval: 100, ...options });

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`The console's browser tests need Chromium at ${CHROMIUM_PATH}: install Debian's package (apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary.`);
  }
  // CI runs as root, where Chromium's sandbox cannot start.
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'], timeout: 60_000 });
}

export interface Tab {
  context: BrowserContext;
  page: Page;
  /** Messages the browser logged as errors (a CSP refusal, an uncaught exception). */
  errors: string[];
}

/** A new browser profile (its own cookies) with the console open. */
export async function openConsole(browser: Browser, baseUrl: string): Promise<Tab> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB', timezoneId: 'UTC', colorScheme: 'light', reducedMotion: 'reduce' });
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !/status of 40[134]/.test(message.text())) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(new URL('/console/', baseUrl).href);
  return { context, page, errors };
}

export async function signIn(tab: Tab, apiKey: string): Promise<void> {
  const { page } = tab;
  await page.getByLabel('API key').fill(apiKey);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await eventually(() => page.getByRole('navigation', { name: 'Screens' }).isVisible()).toBe(true);
}

/** Goes to a console screen by its navigation link, as a user would. */
export async function openScreen(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name, exact: true }).click();
  await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(name);
}

/** Waits until no query is loading (the screens say "Loading …" while they are). */
export async function settled(page: Page): Promise<void> {
  await eventually(() => page.locator('[aria-busy="true"]').count()).toBe(0);
}

/** axe-core on the page as it is: no serious or critical violation. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  await settled(page);
  if (!(await page.evaluate(() => 'axe' in window))) {
    // The console's CSP forbids inline scripts, so axe is evaluated in the page rather than added as a <script>.
    await page.evaluate(axe.source);
  }
  const violations = await page.evaluate(async () => {
    const run = (window as unknown as { axe: typeof axe }).axe.run;
    const result = await run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (serious.length > 0) throw new Error(`axe-core: serious or critical violations on ${screen}:\n${JSON.stringify(serious, null, 2)}`);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await settled(page);
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: false, animations: 'disabled', caret: 'hide' });
}
