// The one place that reads Openness's settings; everything else receives typed values.
import * as vscode from 'vscode';
import { VERDICTS, type Verdict } from '../core/types';
import { DEFAULTS, SEVERITY_NAMES, type Severities, type SeverityName, type Settings } from './settingsModel';

export type { SeverityName, Settings } from './settingsModel';

function severities(config: vscode.WorkspaceConfiguration, kind: 'packages' | 'models'): Severities {
  const read = (verdict: Verdict): SeverityName => {
    const value = config.get<string>(`${kind}.severity.${verdict}`);
    return SEVERITY_NAMES.includes(value as SeverityName) ? (value as SeverityName) : DEFAULTS[kind].severity[verdict];
  };
  return Object.fromEntries(VERDICTS.map((v) => [v, read(v)])) as Record<Verdict, SeverityName>;
}

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const config = vscode.workspace.getConfiguration('openness', scope);
  const exclude = config.get<unknown>('exclude');
  return {
    scanOnStartup: config.get<boolean>('scanOnStartup', DEFAULTS.scanOnStartup),
    packages: { enabled: config.get<boolean>('packages.enabled', DEFAULTS.packages.enabled), severity: severities(config, 'packages') },
    models: { enabled: config.get<boolean>('models.enabled', DEFAULTS.models.enabled), severity: severities(config, 'models') },
    transitiveDiagnostics: config.get<boolean>('diagnostics.transitive', DEFAULTS.transitiveDiagnostics),
    exclude: Array.isArray(exclude) ? exclude.filter((g): g is string => typeof g === 'string') : DEFAULTS.exclude,
  };
}

/** Whether a configuration change concerns Openness. */
export function affectsOpenness(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration('openness');
}
