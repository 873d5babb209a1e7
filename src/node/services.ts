// The engine's data-backed services for Node hosts, loading dist/data/*.json on first use.
import type { EngineServices } from '../core/engine';
import { createLicenseTextIdentifier } from '../core/licenses';
import { createModelKnowledge } from '../core/models/knowledge';
import { createDataLoader } from './dataFiles';

export function createNodeServices(dataDir: string): EngineServices {
  const load = createDataLoader(dataDir);
  return {
    licenseTexts: createLicenseTextIdentifier(() => load('license-texts')),
    models: createModelKnowledge(() => load('models')),
  };
}
