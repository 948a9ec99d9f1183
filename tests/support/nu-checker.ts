import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

export interface VnuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
}

/** What the Nu Html Checker said about a folder: the files it checked, and its errors. */
export interface NuReport {
  checked: string[];
  errors: VnuMessage[];
}

/**
 * Runs the Nu Html Checker (vnu.jar, with the machine's Java) over every HTML file in `dir`, in one
 * JVM. It rejects when the checker did not run — no Java, no jar, a crash — since an empty answer
 * would otherwise read as "no errors": the checker exits 0 without errors and 1 with some, and only
 * then writes its JSON report; `--verbose` makes it name each file it checked.
 */
export async function nuCheck(dir: string, { java = 'java', jar = VNU_JAR } = {}): Promise<NuReport> {
  const args = ['-jar', jar, '--errors-only', '--format', 'json', '--verbose', '--skip-non-html', dir];
  const { stdout, stderr } = await run(java, args, { maxBuffer: 64 * 1024 * 1024 }).catch(
    (error: { code?: unknown; message: string; stdout?: string; stderr?: string }) => {
      if (error.code !== 1) throw new Error(`The Nu Html Checker could not run (${java} ${args.join(' ')}): ${error.message}`);
      return { stdout: error.stdout ?? '', stderr: error.stderr ?? '' };
    },
  );
  let report: { version?: string; messages?: VnuMessage[] };
  try {
    report = JSON.parse(stderr) as typeof report;
  } catch {
    throw new Error(`The Nu Html Checker gave no report (${java} ${args.join(' ')}):\n${stderr || stdout}`);
  }
  if (!report.version || !Array.isArray(report.messages)) throw new Error(`Not a Nu Html Checker report: ${stderr.slice(0, 200)}`);
  return {
    checked: stdout.split('\n').filter((line) => line.trim() !== ''),
    errors: report.messages.filter((message) => message.type === 'error' || message.type === 'non-document-error'),
  };
}
