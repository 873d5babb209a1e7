// Openness's settings as plain data: their types, keys and defaults. config.ts reads them from VS Code;
// a test holds package.json's `contributes.configuration` to exactly these keys and defaults.
import { VERDICTS, type Verdict } from '../core/types';

export type SeverityName = 'error' | 'warning' | 'information' | 'hint' | 'none';
export const SEVERITY_NAMES: readonly SeverityName[] = ['error', 'warning', 'information', 'hint', 'none'];
export type Severities = Readonly<Record<Verdict, SeverityName>>;

export interface Settings {
  readonly scanOnStartup: boolean;
  readonly packages: { readonly enabled: boolean; readonly severity: Severities };
  readonly models: { readonly enabled: boolean; readonly severity: Severities };
  /** Diagnostics in lockfiles for packages the project reaches only through other packages. */
  readonly transitiveDiagnostics: boolean;
  readonly exclude: readonly string[];
}

export const DEFAULTS: Settings = {
  scanOnStartup: true,
  packages: { enabled: true, severity: { open: 'none', restricted: 'warning', closed: 'warning', unknown: 'information' } },
  models: { enabled: true, severity: { open: 'none', restricted: 'information', closed: 'warning', unknown: 'hint' } },
  transitiveDiagnostics: true,
  exclude: [],
};

/** Every setting's key (under `openness.`) and default value. */
export function settingDefaults(): Record<string, unknown> {
  const defaults: Record<string, unknown> = {
    scanOnStartup: DEFAULTS.scanOnStartup,
    exclude: DEFAULTS.exclude,
    'packages.enabled': DEFAULTS.packages.enabled,
    'models.enabled': DEFAULTS.models.enabled,
    'diagnostics.transitive': DEFAULTS.transitiveDiagnostics,
  };
  for (const kind of ['packages', 'models'] as const) {
    for (const verdict of VERDICTS) defaults[`${kind}.severity.${verdict}`] = DEFAULTS[kind].severity[verdict];
  }
  return defaults;
}
