import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyEndpoint, isLocalHost, selfHostedUrl } from './endpoints';

describe('classifyEndpoint', () => {
  it('names hosted APIs by their host', () => {
    assert.deepEqual(classifyEndpoint('https://api.openai.com/v1'), { provider: 'openai', selfHosted: false });
    assert.deepEqual(classifyEndpoint('https://my-resource.openai.azure.com/'), { provider: 'azure', selfHosted: false });
    assert.deepEqual(classifyEndpoint('https://openrouter.ai/api/v1'), { provider: 'openrouter', selfHosted: false });
    assert.deepEqual(classifyEndpoint('https://us-central1-aiplatform.googleapis.com'), { provider: 'google', selfHosted: false });
    assert.deepEqual(classifyEndpoint('https://ollama.com'), { provider: 'ollama', selfHosted: false });
  });

  it('knows every provider the detectors met, and Bedrock only by its own hosts', () => {
    const cases: [string, string][] = [
      ['https://contoso.services.ai.azure.com/models', 'azure'],
      ['https://api.cohere.com/v2', 'cohere'],
      ['https://api.replicate.com/v1', 'replicate'],
      ['https://integrate.api.nvidia.com/v1', 'nvidia'],
      ['https://huggingface.co/api/models', 'huggingface'],
      ['https://router.huggingface.co/v1', 'huggingface'],
      ['https://xyz.us-east-1.aws.endpoints.huggingface.cloud', 'huggingface'],
      ['https://bedrock-runtime.us-east-1.amazonaws.com', 'bedrock'],
      ['wss://api.openai.com/v1/realtime', 'openai'],
    ];
    for (const [url, provider] of cases) assert.deepEqual(classifyEndpoint(url), { provider, selfHosted: false }, url);
    assert.deepEqual(classifyEndpoint('https://my-bucket.s3.amazonaws.com/model'), { provider: undefined, selfHosted: false });
  });

  it('recognises the user\'s own servers: loopback, private networks, local names, model-server ports', () => {
    assert.deepEqual(classifyEndpoint('http://localhost:11434/v1'), { provider: 'ollama', selfHosted: true });
    assert.deepEqual(classifyEndpoint('http://127.0.0.1:8000/v1'), { provider: 'vllm', selfHosted: true });
    assert.deepEqual(classifyEndpoint('http://localhost:1234/v1'), { provider: 'lmstudio', selfHosted: true });
    assert.deepEqual(classifyEndpoint('http://[::1]:8080'), { provider: undefined, selfHosted: true });
    assert.deepEqual(classifyEndpoint('http://192.168.1.20:5000'), { provider: undefined, selfHosted: true });
    assert.deepEqual(classifyEndpoint('http://ollama:11434'), { provider: 'ollama', selfHosted: true });
    assert.deepEqual(classifyEndpoint('https://gpu.example.com:8000/v1'), { provider: 'vllm', selfHosted: true });
    assert.deepEqual(classifyEndpoint('localhost:11434'), { provider: 'ollama', selfHosted: true });
    assert.deepEqual(classifyEndpoint('10.0.0.5:8080'), { provider: undefined, selfHosted: true });
    assert.deepEqual(classifyEndpoint('http://nas.home.arpa:4000'), { provider: undefined, selfHosted: true });
  });

  it('leaves other public servers and non-URLs alone', () => {
    assert.deepEqual(classifyEndpoint('https://llm-proxy.example.com/v1'), { provider: undefined, selfHosted: false });
    assert.deepEqual(classifyEndpoint('http://[2001:db8::1]/v1'), { provider: undefined, selfHosted: false });
    assert.equal(classifyEndpoint('/api/chat'), undefined);
    assert.equal(classifyEndpoint('gpt-4o'), undefined);
    assert.equal(classifyEndpoint('llama3.1:8b'), undefined);
    assert.equal(classifyEndpoint('file:///tmp/model.gguf'), undefined);
    assert.equal(classifyEndpoint('http://'), undefined);
  });
});

describe('selfHostedUrl', () => {
  it('is the URL itself when the server is the user\'s own', () => {
    assert.equal(selfHostedUrl('http://ollama:11434'), 'http://ollama:11434');
    assert.equal(selfHostedUrl('https://api.openai.com/v1'), undefined);
    assert.equal(selfHostedUrl('not a url'), undefined);
  });
});

describe('isLocalHost', () => {
  it('knows private and local-only addresses', () => {
    for (const host of ['localhost', 'app.localhost', '0.0.0.0', '10.1.2.3', '172.16.0.9', '172.31.255.1', '169.254.1.1', '100.64.0.1', 'fd12:3456::1', 'fe80::1', 'nas.local', 'box.internal', 'printer.lan', 'nas.home.arpa', 'host.docker.internal', 'vllm']) {
      assert.ok(isLocalHost(host), host);
    }
    for (const host of ['8.8.8.8', '172.32.0.1', '192.169.0.1', '100.128.0.1', 'api.example.com', '2001:db8::1']) {
      assert.ok(!isLocalHost(host), host);
    }
  });
});
