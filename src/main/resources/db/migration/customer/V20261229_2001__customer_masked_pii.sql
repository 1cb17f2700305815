-- The customer's personal information as lists and the customer view show it, masked (身份证 110105********002X,
-- 138****8000, z***@example.com, the first six characters of the address then ****, the birth year 1949-**-**),
-- written beside the ciphertext whenever the value is written, so that a page of 20 customers decrypts nothing. Only
-- the masked form is kept here, never the clear value; it does not depend on the key, so a key rotation leaves it as
-- it is. Rows written before this column existed are filled by the application (decryption needs the key: the
-- customer module's mask fill on start-up); until then, and wherever a mask is missing beside a value, the value is
-- decrypted and masked as it is read, giving the same answer.
alter table customer
  add column id_number_masked  text,
  add column birth_date_masked text,
  add column phone_masked      text,
  add column email_masked      text,
  add column address_masked    text;
