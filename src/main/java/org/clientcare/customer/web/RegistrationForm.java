package org.clientcare.customer.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.clientcare.customer.CustomerStatus;
import org.clientcare.customer.CustomerType;
import org.clientcare.customer.Gender;
import org.clientcare.customer.IdType;
import org.clientcare.customer.RegisterCustomer;

import org.springframework.validation.BindingResult;

/** The registration form as typed: text kept as entered so that a refused form comes back filled in. */
public class RegistrationForm {

	private String type = "INDIVIDUAL";
	private String name;
	private String idType = "RESIDENT_ID";
	private String idNumber;
	private String idExpiry;
	private String birthDate;
	private String gender;
	private String phone;
	private String email;
	private String address;
	private String occupation;
	private String orgUnit;
	private String managerUsername;

	/** The command, or {@code null} with the unreadable fields rejected in {@code errors}. */
	RegisterCustomer toCommand(BindingResult errors) {
		var command = new RegisterCustomer(parse(CustomerType.class, "type", type, errors), name,
				parse(IdType.class, "idType", idType, errors), idNumber, date("idExpiry", idExpiry, errors),
				date("birthDate", birthDate, errors), parse(Gender.class, "gender", gender, errors), phone, email, address,
				occupation, null, orgUnit, managerUsername, null, CustomerStatus.ACTIVE);
		return errors.hasErrors() ? null : command;
	}

	private static LocalDate date(String field, String value, BindingResult errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			errors.rejectValue(field, "error.type", "YYYY-MM-DD");
			return null;
		}
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String field, String value, BindingResult errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException e) {
			errors.rejectValue(field, "error.type", value);
			return null;
		}
	}

	public String getType() { return type; }
	public void setType(String type) { this.type = type; }
	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getIdType() { return idType; }
	public void setIdType(String idType) { this.idType = idType; }
	public String getIdNumber() { return idNumber; }
	public void setIdNumber(String idNumber) { this.idNumber = idNumber; }
	public String getIdExpiry() { return idExpiry; }
	public void setIdExpiry(String idExpiry) { this.idExpiry = idExpiry; }
	public String getBirthDate() { return birthDate; }
	public void setBirthDate(String birthDate) { this.birthDate = birthDate; }
	public String getGender() { return gender; }
	public void setGender(String gender) { this.gender = gender; }
	public String getPhone() { return phone; }
	public void setPhone(String phone) { this.phone = phone; }
	public String getEmail() { return email; }
	public void setEmail(String email) { this.email = email; }
	public String getAddress() { return address; }
	public void setAddress(String address) { this.address = address; }
	public String getOccupation() { return occupation; }
	public void setOccupation(String occupation) { this.occupation = occupation; }
	public String getOrgUnit() { return orgUnit; }
	public void setOrgUnit(String orgUnit) { this.orgUnit = orgUnit; }
	public String getManagerUsername() { return managerUsername; }
	public void setManagerUsername(String managerUsername) { this.managerUsername = managerUsername; }
}
