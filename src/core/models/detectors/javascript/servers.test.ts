import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyServer, isLocalHost } from './servers';

describe('classifyServer', () => {
  it('names hosted APIs by their host', () => {
    assert.deepEqual(classifyServer('https://api.openai.com/v1'), { provider: 'openai', selfHosted: false });
    assert.deepEqual(classifyServer('https://my-resource.openai.azure.com/'), { provider: 'azure', selfHosted: false });
    assert.deepEqual(classifyServer('https://openrouter.ai/api/v1'), { provider: 'openrouter', selfHosted: false });
    assert.deepEqual(classifyServer('https://us-central1-aiplatform.googleapis.com'), { provider: 'google', selfHosted: false });
    assert.deepEqual(classifyServer('https://ollama.com'), { provider: 'ollama', selfHosted: false });
  });

  it('recognises the user\'s own servers: loopback, private networks, local names, model-server ports', () => {
    assert.deepEqual(classifyServer('http://localhost:11434/v1'), { provider: 'ollama', selfHosted: true });
    assert.deepEqual(classifyServer('http://127.0.0.1:8000/v1'), { provider: 'vllm', selfHosted: true });
    assert.deepEqual(classifyServer('http://localhost:1234/v1'), { provider: 'lmstudio', selfHosted: true });
    assert.deepEqual(classifyServer('http://[::1]:8080'), { provider: undefined, selfHosted: true });
    assert.deepEqual(classifyServer('http://192.168.1.20:5000'), { provider: undefined, selfHosted: true });
    assert.deepEqual(classifyServer('http://ollama:11434'), { provider: 'ollama', selfHosted: true });
    assert.deepEqual(classifyServer('https://gpu.example.com:8000/v1'), { provider: 'vllm', selfHosted: true });
    assert.deepEqual(classifyServer('localhost:11434'), { provider: 'ollama', selfHosted: true });
  });

  it('leaves other public servers and non-URLs alone', () => {
    assert.deepEqual(classifyServer('https://llm-proxy.example.com/v1'), { provider: undefined, selfHosted: false });
    assert.equal(classifyServer('/api/chat'), undefined);
    assert.equal(classifyServer('gpt-4o'), undefined);
    assert.equal(classifyServer('file:///tmp/model.gguf'), undefined);
    assert.equal(classifyServer('http://'), undefined);
  });
});

describe('isLocalHost', () => {
  it('knows private and local-only addresses', () => {
    for (const host of ['localhost', '0.0.0.0', '10.1.2.3', '172.16.0.9', '172.31.255.1', '169.254.1.1', '100.64.0.1', 'fd12:3456::1', 'fe80::1', 'nas.local', 'box.internal', 'host.docker.internal', 'vllm']) {
      assert.ok(isLocalHost(host), host);
    }
    for (const host of ['8.8.8.8', '172.32.0.1', '192.169.0.1', 'api.example.com', '2001:db8::1']) {
      assert.ok(!isLocalHost(host), host);
    }
  });
});
