<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Authenticity</name>
    <message numerus="yes">
        <source>%1 followers up %2 in %n day(s) (%3 on %4, %5 on %6; more than %7 within %8 days): a sudden jump can mean bought followers</source>
        <translation>
            <numerusform>%1 followers up %2 in %Ln day (%3 on %4, %5 on %6; more than %7 within %8 days): a sudden jump can mean bought followers</numerusform>
            <numerusform>%1 followers up %2 in %Ln days (%3 on %4, %5 on %6; more than %7 within %8 days): a sudden jump can mean bought followers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BrandService</name>
    <message numerus="yes">
        <source>the brand has %n campaign(s); delete or move them first</source>
        <translation>
            <numerusform>the brand has %Ln campaign; delete or move them first</numerusform>
            <numerusform>the brand has %Ln campaigns; delete or move them first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message numerus="yes">
        <source>Wrote %n event(s) to %1.</source>
        <translation>
            <numerusform>Wrote %Ln event to %1.</numerusform>
            <numerusform>Wrote %Ln events to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Contract</name>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s))
</source>
        <translation>
            <numerusform>Wrote %1 (%Ln page)
</numerusform>
            <numerusform>Wrote %1 (%Ln pages)
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreatorErasure</name>
    <message numerus="yes">
        <source>%n contact or profile detail(s)</source>
        <translation>
            <numerusform>%Ln contact or profile detail</numerusform>
            <numerusform>%Ln contact or profile details</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%Ln tag</numerusform>
            <numerusform>%Ln tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rate card(s)</source>
        <translation>
            <numerusform>%Ln rate card</numerusform>
            <numerusform>%Ln rate cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audience figure(s)</source>
        <translation>
            <numerusform>%Ln audience figure</numerusform>
            <numerusform>%Ln audience figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vetting answer(s)</source>
        <translation>
            <numerusform>%Ln vetting answer</numerusform>
            <numerusform>%Ln vetting answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%Ln follow-up</numerusform>
            <numerusform>%Ln follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%Ln file</numerusform>
            <numerusform>%Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n handle(s) made anonymous</source>
        <translation>
            <numerusform>%Ln handle made anonymous</numerusform>
            <numerusform>%Ln handles made anonymous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mentions in %n text(s) replaced</source>
        <translation>
            <numerusform>mentions in %Ln text replaced</numerusform>
            <numerusform>mentions in %Ln texts replaced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept for 10 years as tax records (UU KUP): %n payment(s) with tax withheld, with their files.</source>
        <translation>
            <numerusform>Kept for 10 years as tax records (UU KUP): %Ln payment with tax withheld, with their files.</numerusform>
            <numerusform>Kept for 10 years as tax records (UU KUP): %Ln payments with tax withheld, with their files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept as issued (tax records): %n invoice line(s) naming the creator.</source>
        <translation>
            <numerusform>Kept as issued (tax records): %Ln invoice line naming the creator.</numerusform>
            <numerusform>Kept as issued (tax records): %Ln invoice lines naming the creator.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreatorService</name>
    <message numerus="yes">
        <source>the creator takes part in %n campaign(s); archive the creator instead to keep that history</source>
        <translation>
            <numerusform>the creator takes part in %Ln campaign; archive the creator instead to keep that history</numerusform>
            <numerusform>the creator takes part in %Ln campaigns; archive the creator instead to keep that history</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message numerus="yes">
        <source>%1 owes %2 — %n day(s) overdue (%3 / %4)</source>
        <translation>
            <numerusform>%1 owes %2 — %Ln day overdue (%3 / %4)</numerusform>
            <numerusform>%1 owes %2 — %Ln days overdue (%3 / %4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pay %1 %2 net — %n day(s) overdue (%3)</source>
        <translation>
            <numerusform>Pay %1 %2 net — %Ln day overdue (%3)</numerusform>
            <numerusform>Pay %1 %2 net — %Ln days overdue (%3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowupListModel</name>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%Ln day late</numerusform>
            <numerusform>%Ln days late</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message numerus="yes">
        <source>%1: read as the %2 format; ignored: %n column(s) CollabDesk does not keep</source>
        <translation>
            <numerusform>%1: read as the %2 format; ignored: %Ln column CollabDesk does not keep</numerusform>
            <numerusform>%1: read as the %2 format; ignored: %Ln columns CollabDesk does not keep</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceCommand</name>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>Wrote %1 (%Ln page)</numerusform>
            <numerusform>Wrote %1 (%Ln pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created invoice %1 to %2: %n line(s), total %3, due %4.</source>
        <translation>
            <numerusform>Created invoice %1 to %2: %Ln line, total %3, due %4.</numerusform>
            <numerusform>Created invoice %1 to %2: %Ln lines, total %3, due %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Invoices</name>
    <message numerus="yes">
        <source>only open receivables of %1 in one currency that are on no invoice can go on an invoice; %n of the chosen payments cannot</source>
        <translation>
            <numerusform>only open receivables of %1 in one currency that are on no invoice can go on an invoice; %Ln of the chosen payments cannot</numerusform>
            <numerusform>only open receivables of %1 in one currency that are on no invoice can go on an invoice; %Ln of the chosen payments cannot</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KpiExplain</name>
    <message numerus="yes">
        <source>; %n post(s) left out: %1</source>
        <translation>
            <numerusform>; %Ln post left out: %1</numerusform>
            <numerusform>; %Ln posts left out: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n creator account(s) left out: no count before the start or by the end</source>
        <translation>
            <numerusform>; %Ln creator account left out: no count before the start or by the end</numerusform>
            <numerusform>; %Ln creator accounts left out: no count before the start or by the end</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentActions</name>
    <message numerus="yes">
        <source>Delete %n payment(s)</source>
        <translation>
            <numerusform>Delete %Ln payment</numerusform>
            <numerusform>Delete %Ln payments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Payments</name>
    <message numerus="yes">
        <source> %n day(s)</source>
        <translation>
            <numerusform> %Ln day</numerusform>
            <numerusform> %Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <source>Wrote the report of %1 as of %2 (%n page(s)) to %3.</source>
        <translation>
            <numerusform>Wrote the report of %1 as of %2 (%Ln page) to %3.</numerusform>
            <numerusform>Wrote the report of %1 as of %2 (%Ln pages) to %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rights</name>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %Ln day</numerusform>
            <numerusform>in %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%Ln day ago</numerusform>
            <numerusform>%Ln days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message numerus="yes">
        <source>Wrote %1 (%2, %n page(s))</source>
        <translation>
            <numerusform>Wrote %1 (%2, %Ln page)</numerusform>
            <numerusform>Wrote %1 (%2, %Ln pages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaxProfiles</name>
    <message numerus="yes">
        <source>an NPWP has 16 digits (or 15 in the old form); &apos;%1&apos; has %n</source>
        <translation>
            <numerusform>an NPWP has 16 digits (or 15 in the old form); &apos;%1&apos; has %Ln</numerusform>
            <numerusform>an NPWP has 16 digits (or 15 in the old form); &apos;%1&apos; has %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>due in %Ln day</numerusform>
            <numerusform>due in %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%Ln day late</numerusform>
            <numerusform>%Ln days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%Ln day overdue</numerusform>
            <numerusform>%Ln days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%Ln day ago</numerusform>
            <numerusform>%Ln days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>campaign starts in %n day(s)</source>
        <translation>
            <numerusform>campaign starts in %Ln day</numerusform>
            <numerusform>campaign starts in %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>campaign started %n day(s) ago</source>
        <translation>
            <numerusform>campaign started %Ln day ago</numerusform>
            <numerusform>campaign started %Ln days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>expires in %Ln day</numerusform>
            <numerusform>expires in %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago, still in use</source>
        <translation>
            <numerusform>expired %Ln day ago, still in use</numerusform>
            <numerusform>expired %Ln days ago, still in use</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>revision %n day(s) late (requested %1)</source>
        <translation>
            <numerusform>revision %n day late (requested %1)</numerusform>
            <numerusform>revision %n days late (requested %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::BrandsPage</name>
    <message numerus="yes">
        <source>%n brand(s)</source>
        <translation>
            <numerusform>%Ln brand</numerusform>
            <numerusform>%Ln brands</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::CampaignView</name>
    <message numerus="yes">
        <source>%n deliverable(s)</source>
        <translation>
            <numerusform>%Ln deliverable</numerusform>
            <numerusform>%Ln deliverables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post metric snapshot(s)</source>
        <translation>
            <numerusform>%Ln post metric snapshot</numerusform>
            <numerusform>%Ln post metric snapshots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s)</source>
        <translation>
            <numerusform>%Ln contract</numerusform>
            <numerusform>%Ln contracts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%Ln payment</numerusform>
            <numerusform>%Ln payments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n creator(s) taking part</source>
        <translation>
            <numerusform>%Ln creator taking part</numerusform>
            <numerusform>%Ln creators taking part</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n declined or cancelled)</source>
        <translation>
            <numerusform> (%Ln declined or cancelled)</numerusform>
            <numerusform> (%Ln declined or cancelled)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draft Payment Schedule for the %n C&amp;hosen Creator(s)</source>
        <translation>
            <numerusform>Draft Payment Schedule for the %Ln C&amp;hosen Creator</numerusform>
            <numerusform>Draft Payment Schedule for the %Ln C&amp;hosen Creators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draft Payment Schedule for %n creator(s)</source>
        <translation>
            <numerusform>Draft Payment Schedule for %Ln creator</numerusform>
            <numerusform>Draft Payment Schedule for %Ln creators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>drafted %n payment(s)</source>
        <translation>
            <numerusform>drafted %Ln payment</numerusform>
            <numerusform>drafted %Ln payments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n</source>
        <translation>
            <numerusform>updated %Ln</numerusform>
            <numerusform>updated %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>removed %n no longer in the terms</source>
        <translation>
            <numerusform>removed %Ln no longer in the terms</numerusform>
            <numerusform>removed %Ln no longer in the terms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n creator(s) skipped (status %1)</source>
        <translation>
            <numerusform>; %Ln creator skipped (status %1)</numerusform>
            <numerusform>; %Ln creators skipped (status %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::CampaignsPage</name>
    <message numerus="yes">
        <source>%n campaign(s)</source>
        <translation>
            <numerusform>%Ln campaign</numerusform>
            <numerusform>%Ln campaigns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n creator(s) taking part</source>
        <translation>
            <numerusform>%Ln creator taking part</numerusform>
            <numerusform>%Ln creators taking part</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deliverable(s)</source>
        <translation>
            <numerusform>%Ln deliverable</numerusform>
            <numerusform>%Ln deliverables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post metric snapshot(s)</source>
        <translation>
            <numerusform>%Ln post metric snapshot</numerusform>
            <numerusform>%Ln post metric snapshots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s)</source>
        <translation>
            <numerusform>%Ln contract</numerusform>
            <numerusform>%Ln contracts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%Ln payment</numerusform>
            <numerusform>%Ln payments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ContractsPage</name>
    <message numerus="yes">
        <source>%n contract(s)</source>
        <translation>
            <numerusform>%Ln contract</numerusform>
            <numerusform>%Ln contracts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::CreatorRosterModel</name>
    <message numerus="yes">
        <source>Engagement rate by %1, last 90 days (%n post(s)): %2 engagements / %3 = %4</source>
        <translation>
            <numerusform>Engagement rate by %1, last 90 days (%Ln post): %2 engagements / %3 = %4</numerusform>
            <numerusform>Engagement rate by %1, last 90 days (%Ln posts): %2 engagements / %3 = %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) left out: no %1 for them</source>
        <translation>
            <numerusform>%Ln post left out: no %1 for them</numerusform>
            <numerusform>%Ln posts left out: no %1 for them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::CreatorsPage</name>
    <message numerus="yes">
        <source>%n creator(s)</source>
        <translation>
            <numerusform>%Ln creator</numerusform>
            <numerusform>%Ln creators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n creator(s)</source>
        <translation>
            <numerusform>%1 of %Ln creator</numerusform>
            <numerusform>%1 of %Ln creators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unarchive %n creator(s)</source>
        <translation>
            <numerusform>Unarchive %Ln creator</numerusform>
            <numerusform>Unarchive %Ln creators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %n creator(s)</source>
        <translation>
            <numerusform>Archive %Ln creator</numerusform>
            <numerusform>Archive %Ln creators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n campaign(s))</source>
        <translation>
            <numerusform>%1 (%Ln campaign)</numerusform>
            <numerusform>%1 (%Ln campaigns)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n platform account(s)</source>
        <translation>
            <numerusform>%Ln platform account</numerusform>
            <numerusform>%Ln platform accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follower count(s)</source>
        <translation>
            <numerusform>%Ln follower count</numerusform>
            <numerusform>%Ln follower counts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rate card price(s)</source>
        <translation>
            <numerusform>%Ln rate card price</numerusform>
            <numerusform>%Ln rate card prices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vetting answer(s)</source>
        <translation>
            <numerusform>%Ln vetting answer</numerusform>
            <numerusform>%Ln vetting answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s)</source>
        <translation>
            <numerusform>%Ln attached file</numerusform>
            <numerusform>%Ln attached files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %n creator(s) by name; reading the rest…</source>
        <translation>
            <numerusform>The first %1 of %Ln creator by name; reading the rest…</numerusform>
            <numerusform>The first %1 of %Ln creators by name; reading the rest…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n archived hidden)</source>
        <translation>
            <numerusform>%1 (%Ln archived hidden)</numerusform>
            <numerusform>%1 (%Ln archived hidden)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::DashboardPage</name>
    <message numerus="yes">
        <source>Followers of %n account(s)</source>
        <translation>
            <numerusform>Followers of %Ln account</numerusform>
            <numerusform>Followers of %Ln accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %Ln day</numerusform>
            <numerusform>in %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more on the Payments page</source>
        <translation>
            <numerusform>…and %Ln more on the Payments page</numerusform>
            <numerusform>…and %Ln more on the Payments page</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more on the Today page</source>
        <translation>
            <numerusform>…and %Ln more on the Today page</numerusform>
            <numerusform>…and %Ln more on the Today page</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::DeliverablesPanel</name>
    <message numerus="yes">
        <source>%n deliverable(s), </source>
        <translation>
            <numerusform>%Ln deliverable, </numerusform>
            <numerusform>%Ln deliverables, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%Ln late</numerusform>
            <numerusform>%Ln late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deliverable(s)</source>
        <translation>
            <numerusform>%Ln deliverable</numerusform>
            <numerusform>%Ln deliverables</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::FollowupDialog</name>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %Ln day</numerusform>
            <numerusform>in %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%Ln day ago</numerusform>
            <numerusform>%Ln days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::FollowupsPanel</name>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%Ln open</numerusform>
            <numerusform>%Ln open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n late</source>
        <translation>
            <numerusform>%1, %Ln late</numerusform>
            <numerusform>%1, %Ln late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n done</source>
        <translation>
            <numerusform>%1 · %Ln done</numerusform>
            <numerusform>%1 · %Ln done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ImportWizard</name>
    <message numerus="yes">
        <source>%n problem(s) found. Nothing can be imported until the file is fixed (or its columns matched differently):</source>
        <translation>
            <numerusform>%Ln problem found. Nothing can be imported until the file is fixed (or its columns matched differently):</numerusform>
            <numerusform>%Ln problems found. Nothing can be imported until the file is fixed (or its columns matched differently):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::MainWindow</name>
    <message numerus="yes">
        <source>%n event(s) written to %1: due dates, posting days, payments and open follow-ups. Import the file again after changes; events update in place.</source>
        <translation>
            <numerusform>%Ln event written to %1: due dates, posting days, payments and open follow-ups. Import the file again after changes; events update in place.</numerusform>
            <numerusform>%Ln events written to %1: due dates, posting days, payments and open follow-ups. Import the file again after changes; events update in place.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ManagersForm</name>
    <message numerus="yes">
        <source>%1 manages %n creator(s). They will have no manager; nothing else changes.</source>
        <translation>
            <numerusform>%1 manages %Ln creator. They will have no manager; nothing else changes.</numerusform>
            <numerusform>%1 manages %Ln creators. They will have no manager; nothing else changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::MoneyTab</name>
    <message numerus="yes">
        <source>Overdue %n day(s)</source>
        <translation>
            <numerusform>Overdue %Ln day</numerusform>
            <numerusform>Overdue %Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::PaymentTiles</name>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%Ln payment</numerusform>
            <numerusform>%Ln payments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::PaymentsPage</name>
    <message numerus="yes">
        <source>Delete %n payment(s)?</source>
        <translation>
            <numerusform>Delete %Ln payment?</numerusform>
            <numerusform>Delete %Ln payments?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Invoice %1 for %n receivable(s), %2 before VAT? The invoice gets the next number; undo voids it.</source>
        <translation>
            <numerusform>Invoice %1 for %Ln receivable, %2 before VAT? The invoice gets the next number; undo voids it.</numerusform>
            <numerusform>Invoice %1 for %Ln receivables, %2 before VAT? The invoice gets the next number; undo voids it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln payment(s)</source>
        <translation>
            <numerusform>%Ln payment</numerusform>
            <numerusform>%Ln payments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n open payment(s) by due date; reading the rest…</source>
        <translation>
            <numerusform>The first open payment by due date; reading the rest…</numerusform>
            <numerusform>The first %Ln open payments by due date; reading the rest…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::PipelinePage</name>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln deal</numerusform>
            <numerusform>%Ln deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln offer(s)</source>
        <translation>
            <numerusform>%Ln offer</numerusform>
            <numerusform>%Ln offers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln late</source>
        <translation>
            <numerusform>%Ln late</numerusform>
            <numerusform>%Ln late</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ResultsEntryDialog</name>
    <message numerus="yes">
        <source>%n post(s) up by this day; </source>
        <translation>
            <numerusform>%Ln post up by this day; </numerusform>
            <numerusform>%Ln posts up by this day; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already with numbers for it. Deliverables not posted yet are not listed.</source>
        <translation>
            <numerusform>%Ln already with numbers for it. Deliverables not posted yet are not listed.</numerusform>
            <numerusform>%Ln already with numbers for it. Deliverables not posted yet are not listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Save %n Row(s)</source>
        <translation>
            <numerusform>&amp;Save %Ln Row</numerusform>
            <numerusform>&amp;Save %Ln Rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::TodayModel</name>
    <message numerus="yes">
        <source>%1: %n item(s)</source>
        <translation>
            <numerusform>%1: %Ln item</numerusform>
            <numerusform>%1: %Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the other %Ln…</source>
        <translation>
            <numerusform>Show the other one…</numerusform>
            <numerusform>Show the other %Ln…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln are listed, most urgent first. Press Enter to list all %1.</source>
        <translation>
            <numerusform>The first is listed. Press Enter to list all %1.</numerusform>
            <numerusform>The first %Ln are listed, most urgent first. Press Enter to list all %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::TodayPage</name>
    <message numerus="yes">
        <source>%n thing(s) to do, %1</source>
        <translation>
            <numerusform>%Ln thing to do, %1</numerusform>
            <numerusform>%Ln things to do, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%Ln late</numerusform>
            <numerusform>%Ln late</numerusform>
        </translation>
    </message>
</context>
</TS>
