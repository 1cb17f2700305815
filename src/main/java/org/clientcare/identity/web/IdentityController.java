package org.clientcare.identity.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.OrgUnit;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Requires;
import org.clientcare.identity.Role;
import org.clientcare.identity.StaffAccount;
import org.clientcare.identity.StaffUser;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.ResultPage;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Org units and staff users: everyone reads the tree; administrators add units and users, and lift lock-outs. */
@RestController
class IdentityController {

	private final IdentityManagement identity;

	IdentityController(IdentityManagement identity) {
		this.identity = identity;
	}

	/**
	 * Who the caller signed in as: {@code username, role, orgUnitId}, from the sign-in itself (no further reading), for an
	 * API client to check its credentials, and for the benchmark as the trivial signed-in endpoint.
	 */
	@GetMapping("/api/v1/me")
	Me me() {
		Actor actor = CurrentActor.get();
		return new Me(actor.username(), actor.role(), actor.orgUnitId());
	}

	@GetMapping("/api/v1/org-units")
	ResultPage<OrgUnit> orgUnits(@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
		return ResultPage.slice(identity.orgUnits(), page, size);
	}

	@Requires(Permission.ADMINISTER)
	@PostMapping("/api/v1/org-units")
	ResponseEntity<OrgUnit> createOrgUnit(@Valid @RequestBody NewOrgUnit body) {
		OrgUnit unit = identity.createOrgUnit(body.code(), body.nameZh(), body.nameEn(), body.kind(), body.parent());
		return ResponseEntity.created(URI.create("/api/v1/org-units/" + unit.code())).body(unit);
	}

	@GetMapping("/api/v1/users")
	ResultPage<StaffAccount> users(@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
		return identity.accounts(page, size);
	}

	@Requires(Permission.ADMINISTER)
	@PostMapping("/api/v1/users")
	ResponseEntity<StaffUser> createUser(@Valid @RequestBody NewUser body) {
		StaffUser user = identity.createUser(body.username(), body.displayName(), body.role(), body.orgUnit(),
				body.email(), body.password());
		return ResponseEntity.created(URI.create("/api/v1/users/" + user.username())).body(user);
	}

	@Requires(Permission.ADMINISTER)
	@PostMapping("/api/v1/users/{username}/unlock")
	ResponseEntity<Void> unlock(@PathVariable String username) {
		identity.unlock(username);
		return ResponseEntity.noContent().build();
	}

	record Me(String username, String role, Long orgUnitId) {
	}

	record NewOrgUnit(@NotBlank @Size(max = 32) String code, @NotBlank @Size(max = 100) String nameZh,
			@NotBlank @Size(max = 100) String nameEn, @NotNull OrgUnit.Kind kind, @Size(max = 32) String parent) {
	}

	record NewUser(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 100) String displayName,
			@NotNull Role role, @NotBlank @Size(max = 32) String orgUnit, @Email @Size(max = 200) String email,
			@NotBlank @Size(min = 10, max = 128) String password) {
	}
}
