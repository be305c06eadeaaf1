/**
 * The valid-HTML gate: the Nu Html Checker (vnu.jar, from the vnu-jar package) over a whole folder in one
 * Java run, errors only.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT } from './dist-site.ts';

export const INSTALL_HINT = 'Install with: apt-get install -y chromium default-jre-headless';
const VNU_JAR = path.join(REPO_ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar');

export interface HtmlError {
  /** Path relative to the checked folder. */
  file: string;
  line: number | undefined;
  message: string;
  extract: string | undefined;
}

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

export function validateHtml(folder: string): HtmlError[] {
  if (!existsSync(VNU_JAR)) throw new Error(`${VNU_JAR} is missing: run npm ci`);
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error || java.status !== 0) throw new Error(`Java is not installed, and the Nu Html Checker needs it. ${INSTALL_HINT}`);

  const run = spawnSync('java', ['-Xss1m', '-jar', VNU_JAR, '--errors-only', '--skip-non-html', '--format', 'json', folder], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  let report: { messages: VnuMessage[] };
  try {
    report = JSON.parse(run.stderr) as { messages: VnuMessage[] };
  } catch {
    throw new Error(`The Nu Html Checker did not answer in JSON (exit ${run.status}):\n${run.stderr}${run.stdout}`);
  }
  return report.messages
    .filter((m) => m.type === 'error' || m.type === 'non-document-error' || m.subType === 'fatal')
    .map((m) => ({
      file: m.url?.startsWith('file:') ? path.relative(folder, fileURLToPath(m.url)) : (m.url ?? folder),
      line: m.lastLine,
      message: m.message,
      extract: m.extract?.replace(/\s+/g, ' ').trim(),
    }));
}

export function formatHtmlErrors(errors: readonly HtmlError[]): string {
  return errors.map((e) => `${e.file}:${e.line ?? '?'}: ${e.message}${e.extract ? `\n    ${e.extract}` : ''}`).join('\n');
}
