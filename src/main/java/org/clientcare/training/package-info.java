/**
 * Training (专业知识更新, SPEC §10): courses by topic (compliance, products, communication, risk, law) with sessions,
 * attendance and completion, exam attempts kept append-only with their scores against the course's pass mark, the
 * quarterly skill assessment (季度技能考核) of each staff member, training coverage per org unit (staff with at least one
 * completed course in the period ÷ staff; target 100 %) and reminders to staff who have not completed a mandatory
 * course. The KPI module takes its {@code TRAINING_COVERAGE} from {@link org.clientcare.training.TrainingManagement}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Training")
package org.clientcare.training;
