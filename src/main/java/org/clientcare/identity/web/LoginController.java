package org.clientcare.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page (登录). */
@Controller
class LoginController {

	@GetMapping("/login")
	String login() {
		return "identity/login";
	}
}
