// The same OpenAI client, pointed at a local Ollama server for offline development.
import OpenAI from 'openai';

const local = new OpenAI({ baseURL: 'http://localhost:11434/v1', apiKey: 'ollama' });

export async function draft(prompt: string): Promise<string> {
  const reply = await local.chat.completions.create({
    model: 'llama3.2:3b',
    messages: [{ role: 'user', content: prompt }],
  });
  return reply.choices[0]?.message.content ?? '';
}
