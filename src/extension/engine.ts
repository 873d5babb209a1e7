// The engine as the extension uses it, bundled on its own (dist/engine.js) and required on first use
// (loadEngine.ts): activation loads only the thin VS Code layer.
export { CancelledError } from '../core/context';
export { createEngineContext } from '../core/engine';
export { classify, isProjectPath } from '../core/scan/discover';
export { mergeFileScans } from '../core/scan/merge';
export { ParseCache } from '../core/scan/parseCache';
export { createCheckpoint } from '../core/scan/checkpoint';
export { scanPath, scanText } from '../core/scan/scanFile';
export { scanWorkspace } from '../core/scan/scanWorkspace';
export { createNodeServices } from '../node/services';
