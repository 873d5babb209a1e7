// Service-bound packages: open-source SDKs whose only purpose is a closed service. Their licence
// verdict stays what their licence says; they are marked with the service and the models the project
// calls through them, and whether the client is pointed at a self-hosted server instead.
import type { Finding, ModelFinding, PackageFinding, ServiceBinding } from '../types';
import data from './services.json';

interface ServiceEntry {
  readonly provider: string;
  readonly service: string;
  readonly packages: { readonly npm: readonly string[]; readonly pypi: readonly string[] };
}

const SERVICES = new Map<string, ServiceEntry>();
for (const entry of data.services as readonly ServiceEntry[]) {
  for (const name of entry.packages.npm) SERVICES.set(`npm:${name}`, entry);
  for (const name of entry.packages.pypi) SERVICES.set(`pypi:${name}`, entry);
}

/** The package ecosystem of a model reference's client package: the Python and notebook detectors' files are pypi's. */
function clientEcosystem(model: ModelFinding): 'npm' | 'pypi' {
  return /\.(pyw?|ipynb)$/i.test(model.file) ? 'pypi' : 'npm';
}

export function bindServices(findings: readonly Finding[]): Finding[] {
  const callsByClient = new Map<string, ModelFinding[]>();
  for (const f of findings) {
    if (f.kind !== 'model' || !f.clientPackage) continue;
    const key = `${clientEcosystem(f)}:${f.clientPackage}`;
    const calls = callsByClient.get(key);
    if (calls) calls.push(f);
    else callsByClient.set(key, [f]);
  }
  return findings.map((f) => {
    if (f.kind !== 'package') return f;
    const key = `${f.ecosystem}:${f.name}`;
    const entry = SERVICES.get(key);
    if (!entry) return f;
    const calls = callsByClient.get(key) ?? [];
    const allSelfHosted = calls.length > 0 && calls.every((c) => c.selfHosted);
    const service: ServiceBinding = {
      service: entry.service,
      provider: entry.provider,
      models: calls.map((c) => ({
        name: c.name,
        file: c.file,
        line: c.range.start.line + 1,
        verdict: c.verdict,
        ...(c.selfHosted ? { selfHosted: c.selfHosted } : {}),
      })),
      ...(allSelfHosted ? { selfHosted: calls[0].selfHosted } : {}),
    };
    return { ...f, service } satisfies PackageFinding;
  });
}
