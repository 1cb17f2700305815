package org.clientcare.privacy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.clientcare.privacy.KeyRotation;
import org.clientcare.privacy.KeyRotationStatus;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * PII key rotation for administrators: {@code GET /api/v1/pii-key-rotation} and the page {@code /admin/key-rotation}
 * show how far the {@code key-rotation} job has come; it runs on its schedule or through
 * {@code POST /api/v1/jobs/key-rotation/run}.
 */
@Controller
@Tag(name = "PII key rotation", description = "密钥轮换: re-encryption of stored personal information under the newest keys")
class KeyRotationController {

	private final KeyRotation rotation;

	private final java.time.Clock clock;

	KeyRotationController(KeyRotation rotation, java.time.Clock clock) {
		this.rotation = rotation;
		this.clock = clock;
	}

	@GetMapping("/api/v1/pii-key-rotation")
	@ResponseBody
	@Operation(summary = "The rotation under way or finished: target keys, dual read, each table's progress")
	KeyRotationStatus status() {
		return rotation.status();
	}

	@GetMapping("/admin/key-rotation")
	String page(Model model) {
		model.addAttribute("rotation", rotation.status());
		model.addAttribute("zone", clock.getZone());
		return "privacy/key-rotation";
	}
}
