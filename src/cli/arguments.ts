// Command-line arguments, parsed without a dependency: the CLI has few options.
import { VERDICTS, type Verdict } from '../core/types';

export const USAGE = `Usage: openness scan [folder] [options]

Scans a folder for package dependencies and AI models and says how open each is.

Options:
  --format text|json     Output format (default: text)
  --fail-on <verdicts>   Exit with code 1 when a finding has one of these verdicts,
                         comma-separated: open, restricted, closed, unknown
                         (e.g. --fail-on closed,restricted)
  --exclude <glob>       Skip paths matching the glob (repeatable), e.g. "**/fixtures/**"
  --no-packages          Do not report package dependencies
  --no-models            Do not report AI models
  --all                  Text format: list open findings too
  --color / --no-color   Force or disable colours (default: on for terminals, off with NO_COLOR)
  -h, --help             Show this help
  -v, --version          Show the version

Exit codes: 0 no finding matched --fail-on; 1 some did; 2 usage error or failure.
`;

export class UsageError extends Error {}

export type Arguments =
  | { readonly command: 'help' }
  | { readonly command: 'version' }
  | {
      readonly command: 'scan';
      readonly folder: string;
      readonly format: 'text' | 'json';
      readonly failOn: ReadonlySet<Verdict>;
      readonly exclude: readonly string[];
      readonly packages: boolean;
      readonly models: boolean;
      readonly all: boolean;
      readonly color: boolean | undefined;
    };

export function parseArguments(argv: readonly string[]): Arguments {
  if (argv.includes('-h') || argv.includes('--help') || argv[0] === 'help') return { command: 'help' };
  if (argv.includes('-v') || argv.includes('--version')) return { command: 'version' };
  const [command, ...rest] = argv;
  if (command !== 'scan') throw new UsageError(command ? `unknown command "${command}"` : 'missing command');
  let folder: string | undefined;
  let format: 'text' | 'json' = 'text';
  const failOn = new Set<Verdict>();
  const exclude: string[] = [];
  let packages = true;
  let models = true;
  let all = false;
  let color: boolean | undefined;
  for (let i = 0; i < rest.length; i++) {
    const [flag, inline] = rest[i].startsWith('--') && rest[i].includes('=') ? rest[i].split(/=(.*)/s, 2) : [rest[i], undefined];
    const value = () => {
      const v = inline ?? rest[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--format': {
        const v = value();
        if (v !== 'text' && v !== 'json') throw new UsageError(`--format must be text or json, not "${v}"`);
        format = v;
        break;
      }
      case '--fail-on':
        for (const v of value().split(',').map((s) => s.trim()).filter(Boolean)) {
          if (!(VERDICTS as readonly string[]).includes(v)) throw new UsageError(`--fail-on takes ${VERDICTS.join(', ')}; "${v}" is none of them`);
          failOn.add(v as Verdict);
        }
        break;
      case '--exclude':
        exclude.push(value());
        break;
      case '--no-packages':
        packages = false;
        break;
      case '--no-models':
        models = false;
        break;
      case '--all':
        all = true;
        break;
      case '--color':
        color = true;
        break;
      case '--no-color':
        color = false;
        break;
      default:
        if (flag.startsWith('-')) throw new UsageError(`unknown option ${flag}`);
        if (folder !== undefined) throw new UsageError(`only one folder can be scanned, got "${folder}" and "${flag}"`);
        folder = flag;
    }
  }
  return { command: 'scan', folder: folder ?? '.', format, failOn, exclude, packages, models, all, color };
}
