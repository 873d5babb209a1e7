// The one place that reads Openness's settings; everything else receives typed values.
import * as vscode from 'vscode';
import type { Verdict } from '../core/types';

export type SeverityName = 'error' | 'warning' | 'information' | 'hint' | 'none';
export type Severities = Readonly<Record<Verdict, SeverityName>>;

export interface Settings {
  readonly scanOnStartup: boolean;
  readonly packages: { readonly enabled: boolean; readonly severity: Severities };
  readonly models: { readonly enabled: boolean; readonly severity: Severities };
  /** Diagnostics in lockfiles for packages the project reaches only through other packages. */
  readonly transitiveDiagnostics: boolean;
  readonly exclude: readonly string[];
}

const SEVERITIES: readonly SeverityName[] = ['error', 'warning', 'information', 'hint', 'none'];

export const DEFAULTS: Settings = {
  scanOnStartup: true,
  packages: { enabled: true, severity: { open: 'none', restricted: 'warning', closed: 'warning', unknown: 'information' } },
  models: { enabled: true, severity: { open: 'none', restricted: 'information', closed: 'warning', unknown: 'hint' } },
  transitiveDiagnostics: true,
  exclude: [],
};

function severities(config: vscode.WorkspaceConfiguration, section: string, defaults: Severities): Severities {
  const read = (verdict: Verdict): SeverityName => {
    const value = config.get<string>(`${section}.severity.${verdict}`);
    return SEVERITIES.includes(value as SeverityName) ? (value as SeverityName) : defaults[verdict];
  };
  return { open: read('open'), restricted: read('restricted'), closed: read('closed'), unknown: read('unknown') };
}

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const config = vscode.workspace.getConfiguration('openness', scope);
  const exclude = config.get<unknown>('exclude');
  return {
    scanOnStartup: config.get<boolean>('scanOnStartup', DEFAULTS.scanOnStartup),
    packages: { enabled: config.get<boolean>('packages.enabled', true), severity: severities(config, 'packages', DEFAULTS.packages.severity) },
    models: { enabled: config.get<boolean>('models.enabled', true), severity: severities(config, 'models', DEFAULTS.models.severity) },
    transitiveDiagnostics: config.get<boolean>('diagnostics.transitive', DEFAULTS.transitiveDiagnostics),
    exclude: Array.isArray(exclude) ? exclude.filter((g): g is string => typeof g === 'string') : [],
  };
}

/** Whether a configuration change concerns Openness. */
export function affectsOpenness(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration('openness');
}
