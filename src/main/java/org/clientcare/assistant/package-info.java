/**
 * The FAQ knowledge base (常见问题知识库) and the 24-hour assistant (智能客服, SPEC §8): entries written by editors and
 * published only after compliance approves them, retrieved with Lucene (smartcn words, CJK bigrams, English stems,
 * an administrators' synonym map, traditional characters made simplified); questions the answer rule does not answer
 * are handed over to a person (an inquiry, a complaint or an appointment) and form the editors' gap list.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assistant")
package org.clientcare.assistant;
