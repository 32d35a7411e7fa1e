package dev.deskhand.escalation.sla;

/** Where an escalation stands against its current SLA target (acknowledge while open, resolve afterwards). */
public enum SlaState {
    ON_TRACK,
    AT_RISK,
    BREACHED,
    MET,
    MISSED
}
