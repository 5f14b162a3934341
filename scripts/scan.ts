import { runScan } from '../lib/cli/run';

// `npm run scan -- [--json] [--url URL] FILE.html` and `npm run scan -- --lookup NAME`.
runScan(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
}).then((code) => {
  process.exitCode = code;
});
