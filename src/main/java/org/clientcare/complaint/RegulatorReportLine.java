package org.clientcare.complaint;

/**
 * One line of the regulator's complaint statistics ({@link ComplaintRegulatorReport}): a category, business line and
 * channel with its figures.
 */
public record RegulatorReportLine(String category, String businessLine, String channel, long complaints,
		long acknowledgedOnTime, long decided, long decidedOnTime, long regulatoryBreaches) {

	/** Decided within the regulatory deadline, of the decided, in per cent with one decimal. */
	public double onTimeRate() {
		return decided == 0 ? 0 : Math.round(1000.0 * decidedOnTime / decided) / 10.0;
	}

	RegulatorReportLine plus(RegulatorReportLine other) {
		return new RegulatorReportLine(category, businessLine, channel, complaints + other.complaints,
				acknowledgedOnTime + other.acknowledgedOnTime, decided + other.decided,
				decidedOnTime + other.decidedOnTime, regulatoryBreaches + other.regulatoryBreaches);
	}
}
