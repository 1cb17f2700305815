/**
 * The FAQ knowledge base (常见问题知识库) and the 24-hour assistant (智能客服, SPEC §8): entries written by editors and
 * published only after compliance approves them, retrieved with Lucene (smartcn words, CJK bigrams, English stems,
 * an administrators' synonym map, traditional characters made simplified); questions the answer rule does not answer
 * are handed over to a person (an inquiry, a complaint or an appointment) and form the editors' gap list, each with
 * why it was not answered (a wording rule of advice, an instruction to the assistant, a thing the bank does not
 * handle, nothing asked, the trained refusal classifier, or no entry close enough). Besides the wording rules, a small
 * classifier trained when the index is built (logistic regression over character n-grams, from the benchmark's tuning
 * questions and the entries' own phrasings) refuses questions it judges advice or off topic unless an entry matches
 * them strongly.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assistant")
package org.clientcare.assistant;
