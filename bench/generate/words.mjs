// Vocabulary for plausible names: npm packages, PyPI distributions, people, companies, identifiers.

export const TECH_WORDS = [
  'ansi', 'styles', 'color', 'chalk', 'glob', 'fast', 'deep', 'merge', 'clone', 'equal', 'parse', 'json', 'yaml',
  'path', 'url', 'query', 'string', 'buffer', 'stream', 'event', 'emitter', 'async', 'promise', 'retry', 'debounce',
  'throttle', 'cache', 'lru', 'map', 'set', 'array', 'object', 'assign', 'keys', 'values', 'flat', 'flatten', 'uniq',
  'sort', 'compare', 'semver', 'version', 'resolve', 'require', 'module', 'loader', 'plugin', 'preset', 'config',
  'env', 'dotenv', 'cross', 'spawn', 'exec', 'shell', 'which', 'mkdirp', 'rimraf', 'fs', 'extra', 'graceful', 'walk',
  'watch', 'chokidar', 'micro', 'match', 'minimatch', 'picomatch', 'brace', 'expand', 'escape', 'regexp', 'unicode',
  'punycode', 'base64', 'hash', 'crypto', 'uuid', 'nanoid', 'random', 'bytes', 'mime', 'types', 'content', 'type',
  'http', 'https', 'proxy', 'agent', 'fetch', 'request', 'response', 'cookie', 'session', 'cors', 'body', 'parser',
  'router', 'server', 'socket', 'ws', 'tcp', 'dns', 'net', 'ip', 'address', 'tls', 'cert', 'jwt', 'token', 'auth',
  'oauth', 'log', 'logger', 'pino', 'debug', 'trace', 'stack', 'source', 'map', 'support', 'error', 'errors', 'is',
  'has', 'get', 'define', 'property', 'descriptor', 'symbol', 'iterator', 'generator', 'tslib', 'runtime', 'core',
  'polyfill', 'shim', 'es', 'abstract', 'intrinsic', 'call', 'bind', 'apply', 'function', 'name', 'date', 'time',
  'ms', 'format', 'pretty', 'print', 'table', 'cli', 'args', 'yargs', 'commander', 'prompt', 'inquire', 'spinner',
  'progress', 'bar', 'terminal', 'tty', 'width', 'wrap', 'strip', 'trim', 'pad', 'left', 'right', 'case', 'camel',
  'kebab', 'snake', 'upper', 'lower', 'template', 'render', 'html', 'css', 'style', 'postcss', 'sass', 'less',
  'dom', 'react', 'vue', 'svelte', 'redux', 'store', 'state', 'hooks', 'signal', 'reactive', 'immutable', 'immer',
  'schema', 'validate', 'validator', 'ajv', 'zod', 'types', 'typed', 'check', 'lint', 'rule', 'ast', 'tokenizer',
  'lexer', 'compiler', 'transform', 'babel', 'swc', 'bundle', 'rollup', 'chunk', 'graph', 'tree', 'node', 'visit',
  'traverse', 'diff', 'patch', 'text', 'line', 'lines', 'column', 'encoding', 'decode', 'encode', 'utf8', 'iconv',
  'zip', 'tar', 'gzip', 'zlib', 'compress', 'archive', 'image', 'pixel', 'canvas', 'svg', 'font', 'icon', 'queue',
  'worker', 'pool', 'thread', 'limit', 'concurrency', 'mutex', 'lock', 'once', 'noop', 'identity', 'memo', 'lazy',
  'test', 'mock', 'spy', 'assert', 'expect', 'snapshot', 'coverage', 'bench', 'metrics', 'stats', 'sql', 'db',
  'orm', 'redis', 'mongo', 'pg', 'sqlite', 'kv', 'queue', 'cron', 'schedule', 'i18n', 'intl', 'locale', 'number',
];

export const SCOPES = [
  'acme', 'babel', 'types', 'aws-sdk', 'octokit', 'sentry', 'tanstack', 'radix-ui', 'emotion', 'jest', 'vitest',
  'rollup', 'esbuild', 'swc', 'opentelemetry', 'grpc', 'google-cloud', 'azure', 'smithy', 'floating-ui', 'headlessui',
  'mui', 'nestjs', 'prisma', 'trpc', 'vue', 'sveltejs', 'typescript-eslint', 'eslint', 'humanwhocodes', 'nodelib',
  'pkgjs', 'isaacs', 'sinonjs', 'tootallnate', 'colors', 'protobufjs', 'fastify', 'hapi', 'ai-sdk', 'langchain',
];

const FIRST_NAMES = [
  'Ada', 'Alan', 'Grace', 'Linus', 'Margaret', 'Dennis', 'Barbara', 'Ken', 'Radia', 'Guido', 'Sophie', 'Yukihiro',
  'Anders', 'Brendan', 'Rich', 'Frances', 'Hedy', 'Tim', 'Karen', 'Donald', 'Leslie', 'Edsger', 'Niklaus', 'Bjarne',
  'Jean', 'Mary', 'Shafi', 'Sindre', 'Isaac', 'Mathias', 'Jordan', 'Feross', 'Jon', 'Kat', 'Rebecca', 'Ryan',
  'Evan', 'Rich', 'Dan', 'Sarah', 'Priya', 'Wei', 'Hiroshi', 'Olga', 'Mateo', 'Amara', 'Chen', 'Fatima', 'Lars',
];

const LAST_NAMES = [
  'Lovelace', 'Turing', 'Hopper', 'Torvalds', 'Hamilton', 'Ritchie', 'Liskov', 'Thompson', 'Perlman', 'van Rossum',
  'Wilson', 'Matsumoto', 'Hejlsberg', 'Eich', 'Hickey', 'Allen', 'Lamarr', 'Berners-Lee', 'Sparck Jones', 'Knuth',
  'Lamport', 'Dijkstra', 'Wirth', 'Stroustrup', 'Sammet', 'Kenneth', 'Goldwasser', 'Sorhus', 'Schlueter', 'Bynens',
  'Harband', 'Aboukhadijeh', 'Schlinkert', 'Marchán', 'Murphy', 'Dahl', 'You', 'Harris', 'Abramov', 'Drasner',
  'Raman', 'Zhang', 'Tanaka', 'Petrova', 'García', 'Okafor', 'Li', 'Haddad', 'Nilsson',
];

export const COMPANIES = [
  'Acme, Inc.', 'Initech LLC', 'Globex Corporation', 'Umbrella Labs', 'Hooli', 'Stark Industries', 'Wayne Enterprises',
  'Cyberdyne Systems', 'Soylent Corp.', 'Tyrell Corporation', 'Vandelay Industries', 'Massive Dynamic', 'Aperture Science',
  'Black Mesa', 'Wonka Industries', 'Oscorp', 'Pied Piper', 'Dunder Mifflin', 'Monsters, Inc.', 'Gringotts Ltd.',
  'Northwind Traders', 'Contoso Ltd.', 'Fabrikam, Inc.', 'Tailspin Toys', 'Litware, Inc.', 'the OpenJS Foundation',
  'The Apache Software Foundation', 'Google LLC', 'Microsoft Corporation', 'Meta Platforms, Inc.', 'Joyent, Inc.',
];

export const PYPI_NAMES = [
  'requests', 'urllib3', 'certifi', 'idna', 'charset-normalizer', 'numpy', 'pandas', 'scipy', 'scikit-learn', 'torch',
  'transformers', 'tokenizers', 'huggingface-hub', 'safetensors', 'accelerate', 'datasets', 'fastapi', 'starlette',
  'pydantic', 'pydantic-core', 'uvicorn', 'httpx', 'httpcore', 'anyio', 'sniffio', 'h11', 'click', 'jinja2',
  'markupsafe', 'werkzeug', 'flask', 'itsdangerous', 'sqlalchemy', 'alembic', 'psycopg2-binary', 'redis', 'celery',
  'kombu', 'boto3', 'botocore', 's3transfer', 'jmespath', 'python-dateutil', 'six', 'pytz', 'tzdata', 'pyyaml',
  'packaging', 'attrs', 'typing-extensions', 'filelock', 'fsspec', 'tqdm', 'regex', 'openai', 'anthropic',
  'langchain', 'langchain-core', 'langchain-openai', 'tiktoken', 'sentence-transformers', 'pillow', 'matplotlib',
  'protobuf', 'grpcio', 'google-auth', 'cachetools', 'rsa', 'pyasn1', 'orjson', 'aiohttp', 'multidict', 'yarl',
  'frozenlist', 'aiosignal', 'pytest', 'pluggy', 'iniconfig', 'coverage', 'black', 'mypy', 'ruff', 'rich',
  'pygments', 'markdown-it-py', 'mdurl', 'jsonschema', 'referencing', 'rpds-py', 'networkx', 'sympy', 'mpmath',
  'triton', 'vllm', 'ollama', 'litellm', 'google-genai', 'cohere', 'mistralai', 'llama-cpp-python', 'onnxruntime',
  'opencv-python', 'scikit-image', 'lxml', 'beautifulsoup4', 'soupsieve', 'psutil', 'wrapt', 'deprecated',
  'tenacity', 'backoff', 'structlog', 'loguru', 'python-dotenv', 'pyjwt', 'cryptography', 'cffi', 'pycparser',
  'bcrypt', 'passlib', 'email-validator', 'dnspython', 'greenlet', 'gunicorn', 'gevent', 'websockets', 'watchfiles',
];

export const NOUNS = [
  'order', 'invoice', 'customer', 'account', 'session', 'document', 'ticket', 'report', 'payment', 'shipment',
  'product', 'catalog', 'review', 'message', 'thread', 'channel', 'user', 'team', 'project', 'task', 'event',
  'metric', 'alert', 'incident', 'dataset', 'embedding', 'prompt', 'completion', 'summary', 'answer', 'query',
  'index', 'record', 'batch', 'job', 'queue', 'cache', 'token', 'profile', 'setting', 'feature', 'flag', 'region',
];

export const VERBS = [
  'load', 'save', 'fetch', 'build', 'parse', 'render', 'compute', 'validate', 'normalize', 'format', 'resolve',
  'merge', 'split', 'filter', 'score', 'rank', 'classify', 'summarize', 'translate', 'embed', 'search', 'sync',
  'export', 'import', 'archive', 'notify', 'schedule', 'retry', 'refresh', 'update', 'create', 'delete', 'list',
];

export const ADJECTIVES = [
  'fast', 'tiny', 'simple', 'robust', 'modern', 'minimal', 'streaming', 'typed', 'lazy', 'pure', 'safe', 'small',
  'zero-dependency', 'isomorphic', 'universal', 'tree-shakable', 'battle-tested', 'blazing', 'friendly', 'strict',
];

export function camel(words) {
  return words.map((w, i) => (i === 0 ? w : w[0].toUpperCase() + w.slice(1))).join('');
}

export function pascal(words) {
  return words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
}

export function snake(words) {
  return words.join('_');
}

export function person(random) {
  return `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
}

export function email(random, name) {
  const user = name.toLowerCase().replace(/[^a-z]+/g, '.').replace(/^\.|\.$/g, '');
  return `${user}@${random.pick(['example.com', 'example.org', 'mail.example.net', 'users.noreply.example.com'])}`;
}

/** An identifier like `loadOrderIndex`. */
export function identifier(random, parts = 2) {
  const words = [random.pick(VERBS)];
  for (let i = 1; i < parts; i++) words.push(random.pick(NOUNS));
  return camel(words);
}
