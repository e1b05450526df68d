<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AnalysisText</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s):</source>
        <translation>
            <numerusform>%n difference:</numerusform>
            <numerusform>%n differences:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnswerDiff</name>
    <message numerus="yes">
        <source>binary, %n byte(s)</source>
        <translation>
            <numerusform>binary, %n byte</numerusform>
            <numerusform>binary, %n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n header(s)</source>
        <translation>
            <numerusform>%n header</numerusform>
            <numerusform>%n headers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n JSON field(s)</source>
        <translation>
            <numerusform>%n JSON field</numerusform>
            <numerusform>%n JSON fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n body line(s)</source>
        <translation>
            <numerusform>%n body line</numerusform>
            <numerusform>%n body lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Capi</name>
    <message numerus="yes">
        <source>%n event(s) received</source>
        <translation>
            <numerusform>%n event received</numerusform>
            <numerusform>%n events received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of %n event(s) received</source>
        <translation>
            <numerusform>Only %1 of %n event received</numerusform>
            <numerusform>Only %1 of %n events received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>event_time is older than %n day(s) (%1): Meta rejects it.</source>
        <translation>
            <numerusform>event_time is older than %n day (%1): Meta rejects it.</numerusform>
            <numerusform>event_time is older than %n days (%1): Meta rejects it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in one request; Meta takes at most 1,000.</source>
        <translation>
            <numerusform>%n event in one request; Meta takes at most 1,000.</numerusform>
            <numerusform>%n events in one request; Meta takes at most 1,000.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n test event(s) received</source>
        <translation>
            <numerusform>%1: %n test event received</numerusform>
            <numerusform>%1: %n test events received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s) received</source>
        <translation>
            <numerusform>%1: %n event received</numerusform>
            <numerusform>%1: %n events received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 took only %2 of %n event(s)</source>
        <translation>
            <numerusform>%1 took only %2 of %n event</numerusform>
            <numerusform>%1 took only %2 of %n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatchCheckText</name>
    <message numerus="yes">
        <source>✗ %n problem(s): %1</source>
        <translation>
            <numerusform>✗ %n problem: %1</numerusform>
            <numerusform>✗ %n problems: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckerText</name>
    <message numerus="yes">
        <source>The click ID %1 is only %n character(s) long (%2): real click IDs are longer, so this is probably a test value or a cut one.</source>
        <translation>
            <numerusform>The click ID %1 is only %n character long (%2): real click IDs are longer, so this is probably a test value or a cut one.</numerusform>
            <numerusform>The click ID %1 is only %n characters long (%2): real click IDs are longer, so this is probably a test value or a cut one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 appears %n time(s) (%2): partners read only one of them, some the first, some the last.</source>
        <translation>
            <numerusform>%1 appears %n time (%2): partners read only one of them, some the first, some the last.</numerusform>
            <numerusform>%1 appears %n times (%2): partners read only one of them, some the first, some the last.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClickIds</name>
    <message numerus="yes">
        <source>%1 looks truncated: %n character(s), a %2 one has at least %3.</source>
        <translation>
            <numerusform>%1 looks truncated: %n character, a %2 one has at least %3.</numerusform>
            <numerusform>%1 looks truncated: %n characters, a %2 one has at least %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is longer than a %2 one: %n character(s).</source>
        <translation>
            <numerusform>%1 is longer than a %2 one: %n character.</numerusform>
            <numerusform>%1 is longer than a %2 one: %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeText</name>
    <message numerus="yes">
        <source>  … (%n more characters)</source>
        <translation>
            <numerusform>  … (%n more character)</numerusform>
            <numerusform>  … (%n more characters)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pbw</name>
    <message numerus="yes">
        <source>%1: %n rule(s), no problems. Put it at %2 to use it.</source>
        <translation>
            <numerusform>%1: %n rule, no problems. Put it at %2 to use it.</numerusform>
            <numerusform>%1: %n rules, no problems. Put it at %2 to use it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s); the program does not use a file with problems and keeps its built-in rules.</source>
        <translation>
            <numerusform>%1: %n problem; the program does not use a file with problems and keeps its built-in rules.</numerusform>
            <numerusform>%1: %n problems; the program does not use a file with problems and keeps its built-in rules.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your rules file: %1 — not used, %n problem(s); run &quot;pbw rules check&quot; on it.</source>
        <translation>
            <numerusform>Your rules file: %1 — not used, %n problem; run &quot;pbw rules check&quot; on it.</numerusform>
            <numerusform>Your rules file: %1 — not used, %n problems; run &quot;pbw rules check&quot; on it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s), tried in this order; the first that matches gives the verdict.</source>
        <translation>
            <numerusform>%n rule, tried in this order; the first that matches gives the verdict.</numerusform>
            <numerusform>%n rules, tried in this order; the first that matches gives the verdict.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>#%1  %2  [%3]  %n exchange(s)  updated %4</source>
        <translation>
            <numerusform>#%1  %2  [%3]  %n exchange  updated %4</numerusform>
            <numerusform>#%1  %2  [%3]  %n exchanges  updated %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret value(s) kept in the keychain; the case holds [redacted].</source>
        <translation>
            <numerusform>%n secret value kept in the keychain; the case holds [redacted].</numerusform>
            <numerusform>%n secret values kept in the keychain; the case holds [redacted].</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s) imported into case #%1.</source>
        <translation>
            <numerusform>%n exchange imported into case #%1.</numerusform>
            <numerusform>%n exchanges imported into case #%1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret value(s) were not in the keychain and stay [redacted].</source>
        <translation>
            <numerusform>%n secret value was not in the keychain and stays [redacted].</numerusform>
            <numerusform>%n secret values were not in the keychain and stay [redacted].</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): Meta would reject the request.</source>
        <translation>
            <numerusform>%n error: Meta would reject the request.</numerusform>
            <numerusform>%n errors: Meta would reject the request.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No errors in %n event(s); the warnings above may cost matches.</source>
        <translation>
            <numerusform>No errors in %n event; the warnings above may cost matches.</numerusform>
            <numerusform>No errors in %n events; the warnings above may cost matches.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) checked: no problems found.</source>
        <translation>
            <numerusform>%n event checked: no problems found.</numerusform>
            <numerusform>%n events checked: no problems found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>POST %1 — %n event(s)</source>
        <translation>
            <numerusform>POST %1 — %n event</numerusform>
            <numerusform>POST %1 — %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Answer: HTTP %1, %2, %n byte(s)</source>
        <translation>
            <numerusform>Answer: HTTP %1, %2, %n byte</numerusform>
            <numerusform>Answer: HTTP %1, %2, %n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The answers repeated them %n time(s); removed there too.</source>
        <translation>
            <numerusform>The answers repeated them %n time; removed there too.</numerusform>
            <numerusform>The answers repeated them %n times; removed there too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Case #%1: %n exchange(s) removed for good: %2</source>
        <translation>
            <numerusform>Case #%1: %n exchange removed for good: %2</numerusform>
            <numerusform>Case #%1: %n exchanges removed for good: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 — %n conversion(s) (%3, delimiter &quot;%4&quot;</source>
        <translation>
            <numerusform>%1: %2 — %n conversion (%3, delimiter &quot;%4&quot;</numerusform>
            <numerusform>%1: %2 — %n conversions (%3, delimiter &quot;%4&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  ! %n value(s) of the %1 not read (the first on line %2: &quot;%3&quot;); those rows are kept without it.</source>
        <translation>
            <numerusform>  ! %n value of the %1 not read (on line %2: &quot;%3&quot;); that row is kept without it.</numerusform>
            <numerusform>  ! %n values of the %1 not read (the first on line %2: &quot;%3&quot;); those rows are kept without it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more (--csv FILE writes every row).</source>
        <translation>
            <numerusform>  … and %n more (--csv FILE writes every row).</numerusform>
            <numerusform>  … and %n more (--csv FILE writes every row).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n tracker conversion(s) are in the partner&apos;s report; %2 missing, %3 extra, %4 with another payout or status.</source>
        <translation>
            <numerusform>%1 of %n tracker conversion is in the partner&apos;s report; %2 missing, %3 extra, %4 with another payout or status.</numerusform>
            <numerusform>%1 of %n tracker conversions are in the partner&apos;s report; %2 missing, %3 extra, %4 with another payout or status.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would send %n callback(s) (at %1 a second: about %2):</source>
        <translation>
            <numerusform>Would send %n callback (at %1 a second: about %2):</numerusform>
            <numerusform>Would send %n callbacks (at %1 a second: about %2):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not sent again (the ledger has them; --resend KEY sends one again): %n</source>
        <translation>
            <numerusform>Not sent again (the ledger has it; --resend KEY sends it again): %n</numerusform>
            <numerusform>Not sent again (the ledger has them; --resend KEY sends one again): %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n callback(s) to %1 at %2 a second (about %3)?</source>
        <translation>
            <numerusform>Send %n callback to %1 at %2 a second (about %3)?</numerusform>
            <numerusform>Send %n callbacks to %1 at %2 a second (about %3)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n answer(s) in a row that were not accepted: find out why before sending the rest (run the same command again to go on).</source>
        <translation>
            <numerusform>Stopped after %n answer that was not accepted: find out why before sending the rest (run the same command again to go on).</numerusform>
            <numerusform>Stopped after %n answers in a row that were not accepted: find out why before sending the rest (run the same command again to go on).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n tracker conversion(s) are missing at the partner (%2 → %3).</source>
        <translation>
            <numerusform>%1 of %n tracker conversion is missing at the partner (%2 → %3).</numerusform>
            <numerusform>%1 of %n tracker conversions are missing at the partner (%2 → %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The log has the callback of %1 and the partner&apos;s answer of %2 of the %n checked.</source>
        <translation>
            <numerusform>The log has the callback of %1 and the partner&apos;s answer of %2 of the %n checked.</numerusform>
            <numerusform>The log has the callback of %1 and the partner&apos;s answer of %2 of the %n checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Why they failed (%n cause(s), most conversions first):</source>
        <translation>
            <numerusform>Why they failed (%n cause, most conversions first):</numerusform>
            <numerusform>Why they failed (%n causes, most conversions first):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversion(s) cannot be re-fired:</source>
        <translation>
            <numerusform>%n conversion cannot be re-fired:</numerusform>
            <numerusform>%n conversions cannot be re-fired:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more (--json lists them all).</source>
        <translation>
            <numerusform>  … and %n more (--json lists them all).</numerusform>
            <numerusform>  … and %n more (--json lists them all).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n callback(s) can be re-fired; write them with --csv FILE and send them with pbw batch send.</source>
        <translation>
            <numerusform>%n callback can be re-fired; write it with --csv FILE and send it with pbw batch send.</numerusform>
            <numerusform>%n callbacks can be re-fired; write them with --csv FILE and send them with pbw batch send.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n callback(s) caught.</source>
        <translation>
            <numerusform>Stopped: %n callback caught.</numerusform>
            <numerusform>Stopped: %n callbacks caught.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadProblem</name>
    <message numerus="yes">
        <source>%n cell(s) in this row, but the header has %1. Every row must have as many cells as the header (a delimiter inside a value must be quoted).</source>
        <translation>
            <numerusform>%n cell in this row, but the header has %1. Every row must have as many cells as the header (a delimiter inside a value must be quoted).</numerusform>
            <numerusform>%n cells in this row, but the header has %1. Every row must have as many cells as the header (a delimiter inside a value must be quoted).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>column #%1 for the %2 does not exist: the header has %n column(s).</source>
        <translation>
            <numerusform>column #%1 for the %2 does not exist: the header has %n column.</numerusform>
            <numerusform>column #%1 for the %2 does not exist: the header has %n columns.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadingText</name>
    <message numerus="yes">
        <source>… (%n more)</source>
        <translation>
            <numerusform>… (%n more)</numerusform>
            <numerusform>… (%n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReconciliationText</name>
    <message numerus="yes">
        <source>%n tracker row(s)</source>
        <translation>
            <numerusform>%n tracker row</numerusform>
            <numerusform>%n tracker rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner row(s)</source>
        <translation>
            <numerusform>%n partner row</numerusform>
            <numerusform>%n partner rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The check built %n corrected callback(s) to send again.</source>
        <translation>
            <numerusform>The check built %n corrected callback to send again.</numerusform>
            <numerusform>The check built %n corrected callbacks to send again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <source>… and %n more re-fired callback(s) — all in the case file.</source>
        <translation>
            <numerusform>… and %n more re-fired callback — all in the case file.</numerusform>
            <numerusform>… and %n more re-fired callbacks — all in the case file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The tracker&apos;s log has the callback of %1 and the partner&apos;s answer of %2 of the %n conversion(s) checked.</source>
        <translation>
            <numerusform>The tracker&apos;s log has the callback of %1 and the partner&apos;s answer of %2 of the %n conversion checked.</numerusform>
            <numerusform>The tracker&apos;s log has the callback of %1 and the partner&apos;s answer of %2 of the %n conversions checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The check built %n corrected callback(s) to send again.</source>
        <translation>
            <numerusform>The check built %n corrected callback to send again.</numerusform>
            <numerusform>The check built %n corrected callbacks to send again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tracker: %n conversion(s).</source>
        <translation>
            <numerusform>Tracker: %n conversion.</numerusform>
            <numerusform>Tracker: %n conversions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partner: %n conversion(s).</source>
        <translation>
            <numerusform>Partner: %n conversion.</numerusform>
            <numerusform>Partner: %n conversions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Trace</name>
    <message numerus="yes">
        <source>Every click ID reached the final page intact (%n hop(s)).</source>
        <translation>
            <numerusform>Every click ID reached the final page intact (%n hop).</numerusform>
            <numerusform>Every click ID reached the final page intact (%n hops).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reached the final page after %n hop(s); the first URL carries no click ID.</source>
        <translation>
            <numerusform>Reached the final page after %n hop; the first URL carries no click ID.</numerusform>
            <numerusform>Reached the final page after %n hops; the first URL carries no click ID.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reached the final page after %n hop(s).</source>
        <translation>
            <numerusform>Reached the final page after %n hop.</numerusform>
            <numerusform>Reached the final page after %n hops.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n hop(s): the limit of hops was reached.</source>
        <translation>
            <numerusform>Stopped after %n hop: the limit of hops was reached.</numerusform>
            <numerusform>Stopped after %n hops: the limit of hops was reached.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerdictText</name>
    <message numerus="yes">
        <source>The callback itself also has %n error(s): fix them too.</source>
        <translation>
            <numerusform>The callback itself also has %n error: fix it too.</numerusform>
            <numerusform>The callback itself also has %n errors: fix them too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WireNote</name>
    <message numerus="yes">
        <source> (%n places, the first at position %1)</source>
        <translation>
            <numerusform> (%n place, the first at position %1)</numerusform>
            <numerusform> (%n places, the first at position %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbw::Export</name>
    <message numerus="yes">
        <source>(and %n time(s) where the answer repeated it)</source>
        <translation>
            <numerusform>(and %n time where the answer repeated it)</numerusform>
            <numerusform>(and %n times where the answer repeated it)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbw::ui::BatchPanel</name>
    <message numerus="yes">
        <source>%1 × %2: %n tracker row(s), </source>
        <translation>
            <numerusform>%1 × %2: %n tracker row, </numerusform>
            <numerusform>%1 × %2: %n tracker rows, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner row(s)</source>
        <translation>
            <numerusform>%n partner row</numerusform>
            <numerusform>%n partner rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n row written to %1.</numerusform>
            <numerusform>%n rows written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The ledger of this case has every one of these %n callback(s) already: none is sent twice.</source>
        <translation>
            <numerusform>The ledger of this case has this callback already: none is sent twice.</numerusform>
            <numerusform>The ledger of this case has every one of these %n callbacks already: none is sent twice.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbw::ui::CapiPanel</name>
    <message numerus="yes">
        <source>%n event(s); the form shows the first.</source>
        <translation>
            <numerusform>%n event; the form shows the first.</numerusform>
            <numerusform>%n events; the form shows the first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Problems: %n error(s) — Meta would reject the request</source>
        <translation>
            <numerusform>Problems: %n error — Meta would reject the request</numerusform>
            <numerusform>Problems: %n errors — Meta would reject the request</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n event(s) to %1…</source>
        <translation>
            <numerusform>Sending %n event to %1…</numerusform>
            <numerusform>Sending %n events to %1…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbw::ui::CaseEvidence</name>
    <message numerus="yes">
        <source>This file is not text (%n byte(s)); &quot;Save a copy…&quot; keeps it as it is.</source>
        <translation>
            <numerusform>This file is not text (%n byte); &quot;Save a copy…&quot; keeps it as it is.</numerusform>
            <numerusform>This file is not text (%n bytes); &quot;Save a copy…&quot; keeps it as it is.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbw::ui::CasePanel</name>
    <message numerus="yes">
        <source>Removed from the case: %n exchange(s) (%1).</source>
        <translation>
            <numerusform>Removed from the case: %n exchange (%1).</numerusform>
            <numerusform>Removed from the case: %n exchanges (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbw::ui::CaseTransfer</name>
    <message numerus="yes">
        <source>%n secret value(s) were not in the keychain and stay [redacted].</source>
        <translation>
            <numerusform>%n secret value was not in the keychain and stays [redacted].</numerusform>
            <numerusform>%n secret values were not in the keychain and stay [redacted].</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) imported.</source>
        <translation>
            <numerusform>%n request imported.</numerusform>
            <numerusform>%n requests imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n request(s) for secrets…</source>
        <translation>
            <numerusform>Checking %n request for secrets…</numerusform>
            <numerusform>Checking %n requests for secrets…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbw::ui::CasesDock</name>
    <message numerus="yes">
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n exchange</numerusform>
            <numerusform>%n exchanges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete &quot;%1&quot; with its %n exchange(s), notes and attachments?

You can undo this until the window closes.</source>
        <translation>
            <numerusform>Delete &quot;%1&quot; with its %n exchange, notes and attachments?

You can undo this until the window closes.</numerusform>
            <numerusform>Delete &quot;%1&quot; with its %n exchanges, notes and attachments?

You can undo this until the window closes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbw::ui::CatchPanel</name>
    <message numerus="yes">
        <source>%n callback(s) saved to the case.</source>
        <translation>
            <numerusform>%n callback saved to the case.</numerusform>
            <numerusform>%n callbacks saved to the case.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped listening; %n callback(s) kept in the table.</source>
        <translation>
            <numerusform>Stopped listening; %n callback kept in the table.</numerusform>
            <numerusform>Stopped listening; %n callbacks kept in the table.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept</source>
        <translation>
            <numerusform>%n kept</numerusform>
            <numerusform>%n kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the table</source>
        <translation>
            <numerusform>%n in the table</numerusform>
            <numerusform>%n in the table</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n callback(s) saved to the case as test callbacks.</source>
        <translation>
            <numerusform>%n callback saved to the case as a test callback.</numerusform>
            <numerusform>%n callbacks saved to the case as test callbacks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbw::ui::CausesView</name>
    <message numerus="yes">
        <source>%n missing conversion(s) checked; </source>
        <translation>
            <numerusform>%n missing conversion checked; </numerusform>
            <numerusform>%n missing conversions checked; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n corrected callback(s) can be re-fired (Send the missing ones…).</source>
        <translation>
            <numerusform>%n corrected callback can be re-fired (Send the missing ones…).</numerusform>
            <numerusform>%n corrected callbacks can be re-fired (Send the missing ones…).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbw::ui::CompareView</name>
    <message numerus="yes">
        <source>✗ %1: %n problem(s) against the approved template.</source>
        <translation>
            <numerusform>✗ %1: %n problem against the approved template.</numerusform>
            <numerusform>✗ %1: %n problems against the approved template.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbw::ui::ComparisonView</name>
    <message numerus="yes">
        <source>✗ %n problem(s) that stop the partner from crediting the conversion.</source>
        <translation>
            <numerusform>✗ %n problem that stops the partner from crediting the conversion.</numerusform>
            <numerusform>✗ %n problems that stop the partner from crediting the conversion.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) still need you: see the list on the left.</source>
        <translation>
            <numerusform>%n problem still needs you: see the list on the left.</numerusform>
            <numerusform>%n problems still need you: see the list on the left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbw::ui::ImportHarDialog</name>
    <message numerus="yes">
        <source>%n entry(ies) of the file cannot be imported and are not listed (%1).</source>
        <translation>
            <numerusform>%n entry of the file cannot be imported and is not listed (%1).</numerusform>
            <numerusform>%n entries of the file cannot be imported and are not listed (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file says the role of %n request(s): each keeps it.</source>
        <translation>
            <numerusform>The file says the role of %n request: it keeps it.</numerusform>
            <numerusform>The file says the role of %n requests: each keeps it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbw::ui::MainWindow</name>
    <message numerus="yes">
        <source>The trace is kept in the case: %n hop(s) as the reference click, and its story as a note.</source>
        <translation>
            <numerusform>The trace is kept in the case: %n hop as the reference click, and its story as a note.</numerusform>
            <numerusform>The trace is kept in the case: %n hops as the reference click, and its story as a note.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbw::ui::PlatformSendBox</name>
    <message numerus="yes">
        <source>This is not a test: %1 records %n conversion(s) for account %2, and they count in its reports and optimisation. Send them?</source>
        <translation>
            <numerusform>This is not a test: %1 records %n conversion for account %2, and it counts in its reports and optimisation. Send it?</numerusform>
            <numerusform>This is not a test: %1 records %n conversions for account %2, and they count in its reports and optimisation. Send them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n event(s) to %1…</source>
        <translation>
            <numerusform>Sending %n event to %1…</numerusform>
            <numerusform>Sending %n events to %1…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbw::ui::PlatformView</name>
    <message numerus="yes">
        <source>✗ %n error(s)</source>
        <translation>
            <numerusform>✗ %n error</numerusform>
            <numerusform>✗ %n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>! %n warning(s)</source>
        <translation>
            <numerusform>! %n warning</numerusform>
            <numerusform>! %n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbw::ui::ReplayPanel</name>
    <message numerus="yes">
        <source>%n secret value(s) came back from the keychain into the request.</source>
        <translation>
            <numerusform>%n secret value came back from the keychain into the request.</numerusform>
            <numerusform>%n secret values came back from the keychain into the request.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret value(s) of this exchange were not kept.</source>
        <translation>
            <numerusform>%n secret value of this exchange was not kept.</numerusform>
            <numerusform>%n secret values of this exchange were not kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbw::ui::SendDialog</name>
    <message numerus="yes">
        <source>Send %n callback(s) to %1?</source>
        <translation>
            <numerusform>Send %n callback to %1?</numerusform>
            <numerusform>Send %n callbacks to %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n callback(s) the ledger already has (sent, failed or in flight) are not sent again.</source>
        <translation>
            <numerusform>%n callback the ledger already has (sent, failed or in flight) is not sent again.</numerusform>
            <numerusform>%n callbacks the ledger already has (sent, failed or in flight) are not sent again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No rate limit: as fast as the partner answers, %n at once.</source>
        <translation>
            <numerusform>No rate limit: as fast as the partner answers, %n at once.</numerusform>
            <numerusform>No rate limit: as fast as the partner answers, %n at once.</numerusform>
        </translation>
    </message>
</context>
</TS>
