// `npx summit-widgets render [file] [--stylesheet URL] [--hydrate WHEN] [--loader URL] [--base DIR]`: the server renderer on the
// command line. Reads the HTML from the file (or stdin), writes it pre-rendered to stdout; warnings
// about bad attributes or datasets go to stderr. Exit code 0 even then (the HTML shows the widgets'
// error boxes), 1 when the input cannot be read, 2 for a wrong command line.
import {readFile} from 'node:fs/promises';
import {dirname} from 'node:path';
import {HYDRATE, render, type Hydrate} from './render.js';

const USAGE = `Usage: summit-widgets render [file.html] [--stylesheet URL] [--hydrate WHEN] [--loader URL] [--base DIR|URL]

Pre-renders every summit widget in the HTML (a page or a fragment) into declarative shadow DOM.
Reads file.html, or standard input when no file is given; writes to standard output.
  --stylesheet URL  shadow roots link URL (summit-widgets/cdn/summit-widgets.css, served by you)
                    instead of each carrying its own <style>: the styles once per page, and allowed
                    under Content-Security-Policy: default-src 'self'. A whole page's <head> links it
                    too, so no widget is ever painted unstyled. Recommended.
  --hydrate WHEN    each widget's hydrate attribute: ${HYDRATE.join(', ')} (the default,
                    interaction, hydrates a widget on the reader's first pointer, focus or key)
  --loader URL      add <script type="module" src="URL"> (summit-widgets/cdn/loader.js) before a
                    whole page's </head>, or after a fragment
  --base DIR|URL    where relative src attributes are found (default: the file's folder, or the
                    working directory for standard input)`;

const OPTIONS = ['--stylesheet', '--hydrate', '--loader', '--base'];

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
  const values: Record<string, string> = {};
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (OPTIONS.includes(arg)) {
      const value = rest[++i];
      if (!value) {
        process.stderr.write(`summit-widgets: ${arg} needs a value\n${USAGE}\n`);
        return 2;
      }
      values[arg] = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      process.stderr.write(`summit-widgets: unknown option ${arg}\n${USAGE}\n`);
      return 2;
    } else if (file === undefined) file = arg;
    else {
      process.stderr.write(`summit-widgets: one input file at most\n${USAGE}\n`);
      return 2;
    }
  }
  const hydrate = values['--hydrate'];
  if (hydrate !== undefined && !(HYDRATE as readonly string[]).includes(hydrate)) {
    process.stderr.write(`summit-widgets: --hydrate must be one of ${HYDRATE.join(', ')}, not "${hydrate}"\n`);
    return 2;
  }
  let input: string;
  try {
    input = file && file !== '-' ? await readFile(file, 'utf8') : await readStdin();
  } catch (error) {
    process.stderr.write(`summit-widgets: cannot read ${file ?? 'standard input'}: ${(error as Error).message}\n`);
    return 1;
  }
  const output = await render(input, {
    stylesheet: values['--stylesheet'],
    hydrate: hydrate as Hydrate | undefined,
    loader: values['--loader'],
    base: values['--base'] ?? (file && file !== '-' ? dirname(file) : process.cwd()),
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
