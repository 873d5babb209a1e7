// Models fetched or served by operations files: Ollama Modelfiles, Dockerfiles, shell scripts, Makefiles.
import type { SourceFile } from '../../../ecosystems/ecosystem';
import { basename } from '../../../fs/paths';
import { LineIndex } from '../../../text/lineIndex';
import type { ModelDetection, TextModelDetector } from '../../detector';
import { CommandModels } from './commands';
import { findDockerfileModels } from './dockerfile';
import { findMakefileModels } from './makefile';
import { findModelfileModels } from './modelfile';
import { shellCommands } from './shellWords';

type Kind = 'modelfile' | 'dockerfile' | 'makefile' | 'shell';

function kindOf(path: string): Kind | undefined {
  const name = basename(path).toLowerCase();
  if (name === 'modelfile' || name.startsWith('modelfile.') || name.endsWith('.modelfile')) return 'modelfile';
  // `Dockerfile.gpu`, `Dockerfile.dev`; not `Dockerfile.md` or the per-Dockerfile `Dockerfile.dockerignore`.
  if (/^(docker|container)file(\.(?!(md|txt|rst|dockerignore)$)[^.]+)?$/.test(name) || name.endsWith('.dockerfile') || name.endsWith('.containerfile')) return 'dockerfile';
  if (name === 'makefile' || name === 'gnumakefile' || name.endsWith('.mk')) return 'makefile';
  if (/\.(sh|bash|zsh)$/.test(name)) return 'shell';
  return undefined;
}

function findShellModels(text: string, lines: LineIndex): ModelDetection {
  const models = new CommandModels(lines);
  const shell = shellCommands(text, lines);
  for (const words of shell.commands) models.command(words, (name) => `variable ${name}`);
  return { references: models.references, problems: shell.problems };
}

export const opsModelDetector: TextModelDetector = {
  kind: 'text',
  id: 'ops',
  accepts: (path) => kindOf(path) !== undefined,
  detect(file: SourceFile): ModelDetection {
    const lines = new LineIndex(file.text);
    switch (kindOf(file.path)) {
      case 'modelfile':
        return { references: findModelfileModels(file.text, lines), problems: [] };
      case 'dockerfile':
        return findDockerfileModels(file.text, lines);
      case 'makefile':
        return findMakefileModels(file.text, lines);
      case 'shell':
        return findShellModels(file.text, lines);
      default:
        return { references: [], problems: [] };
    }
  },
};
