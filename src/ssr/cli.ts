// `npx summit-widgets render [file] [--stylesheet URL] [--base DIR]`: the server renderer on the
// command line. Reads the HTML from the file (or stdin), writes it pre-rendered to stdout; warnings
// about bad attributes or datasets go to stderr. Exit code 0 even then (the HTML shows the widgets'
// error boxes), 1 when the input cannot be read, 2 for a wrong command line.
import {readFile} from 'node:fs/promises';
import {dirname} from 'node:path';
import {render} from './render.js';

const USAGE = `Usage: summit-widgets render [file.html] [--stylesheet URL] [--base DIR|URL]

Pre-renders every summit widget in the HTML (a page or a fragment) into declarative shadow DOM.
Reads file.html, or standard input when no file is given; writes to standard output.
  --stylesheet URL  shadow roots link URL (summit-widgets/cdn/summit-widgets.css, served by you)
                    instead of an inline <style>: for Content-Security-Policy: default-src 'self'
  --base DIR|URL    where relative src attributes are found (default: the file's folder, or the
                    working directory for standard input)`;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function main(args: readonly string[]): Promise<number> {
  const [command, ...rest] = args;
  if (command === '--help' || command === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (command !== 'render') {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let file: string | undefined;
  let stylesheet: string | undefined;
  let base: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--stylesheet' || arg === '--base') {
      const value = rest[++i];
      if (!value) {
        process.stderr.write(`summit-widgets: ${arg} needs a value\n${USAGE}\n`);
        return 2;
      }
      if (arg === '--stylesheet') stylesheet = value;
      else base = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      process.stderr.write(`summit-widgets: unknown option ${arg}\n${USAGE}\n`);
      return 2;
    } else if (file === undefined) file = arg;
    else {
      process.stderr.write(`summit-widgets: one input file at most\n${USAGE}\n`);
      return 2;
    }
  }
  let input: string;
  try {
    input = file && file !== '-' ? await readFile(file, 'utf8') : await readStdin();
  } catch (error) {
    process.stderr.write(`summit-widgets: cannot read ${file ?? 'standard input'}: ${(error as Error).message}\n`);
    return 1;
  }
  const output = await render(input, {
    stylesheet,
    base: base ?? (file && file !== '-' ? dirname(file) : process.cwd()),
    warn: (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(output);
  return 0;
}

// A reader that stops reading (`summit-widgets render page.html | head`) closes the pipe: that is the
// reader's choice, not an error, so end quietly as Unix tools do instead of dying on an unhandled EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

process.exitCode = await main(process.argv.slice(2));
