-- Why the assistant gave no answer to a question (null when it answered): a wording rule of financial advice, an
-- attempt to instruct it, a thing the bank does not handle, nothing asked, the trained refusal classifier, or a score
-- too low to answer with. Shown, translated, on the gap list.
alter table assistant_question add column refusal_reason varchar(24)
  check (refusal_reason in ('ADVICE_RULE', 'PROMPT_INJECTION', 'NOT_HANDLED', 'NOTHING_ASKED', 'ADVICE_CLASSIFIER',
                            'LOW_SCORE'));
