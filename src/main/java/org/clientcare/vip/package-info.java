/**
 * The corporate VIP programme (对公VIP客户, SPEC §3): each year's list of VIP corporate customers at the levels 尊崇 /
 * 钻石 / 白金 / 金, proposed by branches with figures computed from the core system's reports, ranked and adjusted by
 * head office and approved by a second head-office person (maker-checker, {@code vip.list}); the list takes effect only
 * on approval. Mid-year changes ({@code vip.change}) and executives' personal VIP cards ({@code vip.card}) are requests
 * of their own. Each level carries its value-added services; each customer keeps its history per year.
 */
@org.springframework.modulith.ApplicationModule(displayName = "VIP programme")
package org.clientcare.vip;
