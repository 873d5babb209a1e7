// go.sum: the checksums of every module version the build needed. A `<module> <version> h1:…` line
// says the module's source was downloaded at that version; a `<module> <version>/go.mod h1:…` line
// only that its go.mod was read (for the module graph), so it is not a dependency.
import { lineRange } from '../../text/lineIndex';
import type { DeclaredDependency, ParsedManifest, ParseProblem, SourceFile } from '../ecosystem';

/** More problems than this say little more than "this is not a go.sum". */
const MAX_PROBLEMS = 20;

export function parseGoSum(file: SourceFile): ParsedManifest {
  const dependencies: DeclaredDependency[] = [];
  const problems: ParseProblem[] = [];
  const seen = new Set<string>();
  const rows = file.text.split('\n');
  for (let line = 0; line < rows.length; line++) {
    const row = rows[line]!;
    const fields = row.trim().split(/\s+/);
    if (fields.length === 1 && fields[0] === '') continue;
    const lead = row.length - row.trimStart().length;
    if (fields.length !== 3 || !fields[2].includes(':')) {
      if (problems.length < MAX_PROBLEMS) problems.push({ range: lineRange(line, lead, row.trim().length), message: 'malformed go.sum line: expected "<module> <version> <hash>"' });
      continue;
    }
    const [path, version] = fields;
    if (version.endsWith('/go.mod') || seen.has(`${path}@${version}`)) continue;
    seen.add(`${path}@${version}`);
    dependencies.push({ name: path, spec: version, range: lineRange(line, lead, path.length), scope: 'runtime', direct: false });
  }
  return { dependencies, problems };
}
