-- An entry's answer in English beside its Chinese one (§8: the knowledge base is zh-CN and English): an English question
-- answered by a Chinese entry gets this answer when the entry has one.
alter table faq_version add column answer_en text;
