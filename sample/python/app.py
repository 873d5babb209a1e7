"""Retrieval and answer generation for the support bot.

This docstring mentions gpt-4 and is not a model reference.
"""
import os

from openai import OpenAI
from sentence_transformers import SentenceTransformer
from transformers import AutoModelForCausalLM, AutoTokenizer

# Answers drafted by a hosted model unless ANSWER_MODEL says otherwise.
ANSWER_MODEL = os.getenv("ANSWER_MODEL", "gpt-4o")

embedder = SentenceTransformer("sentence-transformers/all-MiniLM-L6-v2")
tokenizer = AutoTokenizer.from_pretrained("meta-llama/Llama-3.1-8B-Instruct")
generator = AutoModelForCausalLM.from_pretrained("meta-llama/Llama-3.1-8B-Instruct")
client = OpenAI()


def answer(question: str, context: str) -> str:
    # model="gpt-3.5-turbo" was the old default (a comment, not a reference)
    reply = client.chat.completions.create(
        model=ANSWER_MODEL,
        messages=[{"role": "system", "content": context}, {"role": "user", "content": question}],
    )
    return reply.choices[0].message.content or ""
