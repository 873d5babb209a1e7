// The support bot's chat endpoint: answers with a hosted model, escalates to a bigger one.
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';

const openai = new OpenAI();
const anthropic = new Anthropic();

// The default model can be changed per deployment.
const CHAT_MODEL = process.env.CHAT_MODEL || 'gpt-4o-mini';

export async function answer(question: string): Promise<string> {
  const reply = await openai.chat.completions.create({
    model: CHAT_MODEL,
    messages: [{ role: 'user', content: question }],
  });
  return reply.choices[0]?.message.content ?? '';
}

export async function escalate(question: string): Promise<string> {
  const message = await anthropic.messages.create({
    model: 'claude-3-5-sonnet-20241022',
    max_tokens: 1024,
    messages: [{ role: 'user', content: question }],
  });
  const first = message.content[0];
  return first?.type === 'text' ? first.text : '';
}
