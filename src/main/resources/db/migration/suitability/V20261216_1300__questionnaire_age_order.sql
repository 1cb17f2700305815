-- The default questionnaire listed its age bands by score (65+, 51–65, 18–30, 31–50), which reads as a jumble on the
-- page. They are shown from the youngest to the oldest now; ids and scores stay, so no answer changes its meaning.
update risk_question_option set position = case id
    when 'age-C' then 1
    when 'age-D' then 2
    when 'age-B' then 3
    when 'age-A' then 4
  end
where version = 1 and question_id = 'age';
