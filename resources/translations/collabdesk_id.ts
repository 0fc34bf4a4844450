<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>Ageing</name>
    <message>
        <source>Open amounts per brand (receivable) or creator (payable) by how late they are: current, 1-30, 31-60, 61-90 and 90+ days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age as of DATE (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the JSON array of formats.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing open is due or overdue as of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>%1 is not a file: choose the screenshot or scan to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MiB; files kept in the workspace may be at most %3 MiB: attach a smaller screenshot or a compressed scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: choose the screenshot or scan to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record the file belongs to no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is no longer in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2 (is the disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Authenticity</name>
    <message>
        <source>%1 post %2 has %3 likes but only %4 comments and shares (%5 of its likes, under %6): likes can be bought, comments and shares take effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 followers up %2 in %n day(s) (%3 on %4, %5 on %6; more than %7 within %8 days): a sudden jump can mean bought followers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 engagement of %2 over the last 90 days is more than %3× the median of %4 among %5 %6 creators on %1 in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 engagement of %2 over the last 90 days is under 1/%3 of the median of %4 among %5 %6 creators on %1 in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no engagement rate to compare yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, no baseline for %1 (set one in Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is below the %3 baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is above the %3 baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is within the %3 baseline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>%1 is not a CollabDesk workspace or backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or add --force to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name for the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the backup %1 failed: %2 (is the disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup could not be verified, so %1 was not written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot rename the backup into place at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup and the workspace are the same file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup cannot be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot lock %1 for restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in %2; close it there first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot keep the current workspace as %1; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restoring failed, the workspace was not replaced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the restored copy into place at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a consistent copy of the workspace to OUT, even while CollabDesk has it open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace OUT if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3 bytes, checked).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrandService</name>
    <message>
        <source>brand name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>competitor name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be its own competitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most 100 competitors can be listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a brand named &apos;%1&apos; already exists; brand names must be unique (ignoring case and spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the brand no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the brand has %n campaign(s); delete or move them first</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Brief</name>
    <message>
        <source>Write a campaign&apos;s one-page brief for creators as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign, by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The brief&apos;s language: en or id (default the app&apos;s language, from the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the campaign with --campaign NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the file to write with --pdf OUT.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no campaign named &apos;%1&apos;; `collabdesk-cli list campaigns` shows them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the brief of %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Write due dates, posting days, payments and follow-ups as a calendar file (.ics) to subscribe to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the creators of this manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the file to write with --out FILE.ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses schema v%2: update it once (collabdesk-cli init, or open it in CollabDesk) so its calendar keeps the same event ids from one export to the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarFeed</name>
    <message>
        <source>Due: %1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” by %2 for %3, campaign %4.
Status: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted: %1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” by %2 for %3, campaign %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 owes %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2 for %3 by %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 for %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross %1, withheld %2 (%3), net %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits for %1&apos;s payment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this workspace has no id for its calendar yet: open it for writing once (in CollabDesk or with collabdesk-cli init) to update it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the workspace itself (or one of its files): choose another file for the calendar, such as collabdesk.ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing %1 failed, the file was not changed: %2 (is the disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignCharts</name>
    <message>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the campaign starts after %1: nothing to draw yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers of each creator on the campaign&apos;s platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change in each creator&apos;s followers since the campaign began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no KPI targets set: add them in the campaign&apos;s editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress against targets, as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget in %1, as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown chart kind &apos;%1&apos;: use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignImporter</name>
    <message>
        <source>unknown currency &apos;%1&apos;: use an ISO 4217 code such as IDR or USD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignKpis</name>
    <message>
        <source>there is no campaign named &apos;%1&apos;; `collabdesk-cli list campaigns` shows them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignService</name>
    <message>
        <source>an empty %1 was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a %2: one word, e.g. %3TehSegar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the campaign no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a start date is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end date %1 is before the start date %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the posting window ends (%1) before it starts (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown currency &apos;%1&apos;: use an ISO 4217 code such as IDR or USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revenue target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 is in %2 but the campaign is in %3; a campaign has one currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posts target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>views target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new followers target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link clicks target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engagement rate target must be between 0% and 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the video duration must be between 1 second and 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hashtag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disclosure marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the content type is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a campaign needs a brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown brand &apos;%1&apos;: add the brand first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a campaign named &apos;%1&apos; already exists; campaign names must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the campaign&apos;s currency is %1 and cannot be changed once set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Draw a campaign&apos;s chart (the app&apos;s own) as PNG or SVG, without a display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign, by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engagement, followers, kpi or budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count numbers dated on or before DATE (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a PNG image to OUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an SVG drawing to OUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the campaign with --campaign NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the chart with --kind %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the chart with either --png OUT or --svg OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no campaign named &apos;%1&apos;; `collabdesk-cli list campaigns` shows them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the %1 chart of %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1 as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>Check the workspace&apos;s integrity and schema without changing it; exit 1 if it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no workspace at %1; create one with &apos;collabdesk-cli --db %1 init&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup with &apos;collabdesk-cli restore BACKUP --force&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deliverables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follower snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post metric snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema:      v%1 (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema:      v%1 (updated to v%2 when next opened for writing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity:   ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use by:   %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Compliance</name>
    <message>
        <source>no caption recorded to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all present: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no campaign named &apos;%1&apos;; `collabdesk-cli list campaigns` shows them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no disclosure marker: add one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked with #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posted %1, before the window %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posted %1, after the window %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posted %1, inside the window %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is one of the campaign&apos;s platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of the campaign&apos;s platforms (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief compliance of each deliverable with a caption or posted date: mandatory hashtags and mentions, disclosure, posting window, platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign, by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the JSON array of formats.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the campaign with --campaign NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 deliverables follow the brief
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, posted %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Creators whose part in a campaign breaks an exclusivity they signed (or are negotiating): same category, a named competitor, or brands that list each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show conflicts whose overlap ends on or after DATE (YYYY-MM-DD; default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exclusivity conflicts as of %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PENDING  </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONFLICT </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Contract</name>
    <message>
        <source>Contracts: &apos;list&apos; shows every contract with its status, version and the terms that matter day to day; &apos;export&apos; writes one as a PDF (drafted from its terms in English or Bahasa Indonesia).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the JSON array of formats.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract, by its id (contract list shows it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract&apos;s campaign, by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract&apos;s creator, by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version to export (default the latest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language: en or id (default the version&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown contract command &apos;%1&apos;: use contract list or contract export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the contract with --id N, or with --campaign C --creator X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--id takes a contract&apos;s number, as contract list shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--version takes a version number, 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the file to write with --pdf OUT.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exclusive %1%2 from %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage to %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 — %3 (%4)  %5 v%6%7%8
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, signed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contracts yet.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no contract for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contract lacks %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s))
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContractChecks</name>
    <message>
        <source>Print the JSON array of formats.md.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractDiff</name>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exclusivity category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>competitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exclusivity start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exclusivity end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid ads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision turnaround days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment terms (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kill fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancellation notice (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>governing law</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractImporter</name>
    <message>
        <source>unknown campaign &apos;%1&apos;: import campaigns.csv first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not take part in %2: import participants.csv first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contract was signed on %1; a signed date does not change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a signed date needs the status signed (or later)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractListModel</name>
    <message>
        <source>%1 (in use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusivity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractService</name>
    <message>
        <source>the exclusivity ends (%1) before it starts (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an exclusivity needs its start date (without one the contract has no exclusivity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the usage rights end (%1) before they start (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown usage channel &apos;%1&apos;: use %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kill fee is in %1 but the campaign counts in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kill fee cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contract has no version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contract no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the creator no longer takes part in the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the creator already has a contract for this campaign: change that one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contract is %1: its terms cannot change (agree a new contract instead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a contract cannot go from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contract is %1 and is kept: mark it terminated instead of deleting it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractText</name>
    <message>
        <source>there is no contract template &apos;%1&apos; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contract template &apos;%1&apos; (%2) is damaged: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template is not JSON (%1 at character %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template needs a &quot;name&quot; of letters, digits, &apos;-&apos; or &apos;_&apos; (at most 40)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template&apos;s &quot;language&quot;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template needs a &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template needs &quot;clauses&quot;, each with an id, a title and a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clause %1 of the template needs an id, a title and a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two clauses of the template have the id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clause &apos;%1&apos; depends on an unknown merge field &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown merge field {{%1}}: use %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the creator no longer takes part in the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your company&apos;s legal name (Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your company&apos;s address and tax number (Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who signs for your company (Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the creator&apos;s accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deliverables (add them to the campaign)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the posting window (campaign)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the creator&apos;s compensation (campaign)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment terms (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancellation notice (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kill fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>governing law</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorImporter</name>
    <message>
        <source>&apos;%1&apos; differs from &apos;%2&apos; on line %3 for the same creator; give one value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorProfile</name>
    <message>
        <source>age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rate for %1 needs a currency such as IDR or USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rate for %1 cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rate card lists %1 in %2 twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an audience share of %1 has no %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audience share for %1 must be between 0% and 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write countries as two-letter codes (ID, US, MY): &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audience lists %1 twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audience shares by %1 add up to more than 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vetting question %1 is unknown or answered twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the score of vetting question %1 must be from 0 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer to vetting question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice; a creator has one account per platform</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorService</name>
    <message>
        <source>creator name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agency rate must be between 0% and 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag &apos;%1…&apos; is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a creator named &apos;%1&apos; already exists; creator names must be unique (ignoring case and spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>followers cannot be negative (%1 on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 handle @%2 already belongs to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice; a creator has one account per platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the creator no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the creator takes part in %n campaign(s); archive the creator instead to keep that history</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the creator already has a %1 account (@%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>followers cannot be negative (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a follower count needs the date it was seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date %1 is in the future; follower counts are recorded as seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorStatement</name>
    <message>
        <source>creator statements are for agency workspaces, where the agency pays each creator their share; set the perspective to agency in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period must run from a date to the same or a later one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown creator &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>line %1: the file is not UTF-8 text; in your spreadsheet choose Save As &gt; &apos;CSV UTF-8 (comma delimited)&apos; and import that file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a quoted field is never closed; add the missing &quot; (it opened on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, field %2: text after a closing quote; a quoted field must end at the next comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, field %2: a quote inside an unquoted field; put the whole field in quotes and double the quote inside (&quot;say &quot;&quot;hi&quot;&quot;&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message numerus="yes">
        <source>%1 owes %2 — %n day(s) overdue (%3 / %4)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pay %1 %2 — %n day(s) overdue (%3)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>the %1 &apos;%2&apos; is not a date: write it as YYYY-MM-DD, e.g. 2026-03-01</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealPipeline</name>
    <message>
        <source>%1 due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to collect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deal no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a deal cannot be moved to %1 by hand: in production, delivered, invoiced and paid follow from its records (deliverables, invoices, payments); update those instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliverableService</name>
    <message>
        <source>deliverable title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this creator already owes &apos;%1&apos; on %2 in this campaign; give this one another title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision counts cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a post URL (expected e.g. https://www.instagram.com/reel/ABC123/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posted %1, but the metrics of this post say it went up on %2; a post has one posting date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deliverable no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is verified already: the end of the pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to mark &apos;%1&apos; posted, add its post URL and the day it went up (Edit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a revision is asked of a submitted draft; &apos;%1&apos; is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what to change: the feedback goes to the creator with the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is revision %1, past the limit of %2 agreed for &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>writing the demo failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask %1 whether %2 takes the offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chase %1 on the counter-offer for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask %1 for updated audience numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send %1 the new rate card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in with %1 about next month&apos;s shoots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly review with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please show the product in the first three seconds and add the campaign hashtag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the workspace with realistic synthetic data (small: ~40 creators; agency: 5,000 creators and ~2 million snapshots).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>small (default) or agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed for reproducible data (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace what the workspace holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale must be small or agency, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a whole number, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo workspace %1 written in %2 s: %3 brands, %4 creators, %5 campaigns, %6 participants, %7 deliverables, %8 contracts, %9 payments, %10 invoices, %11 follower and %12 post metric snapshots.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoText</name>
    <message>
        <source>the workspace already holds data; use --replace to replace it with demo data, or create a new workspace file for the demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditHistory</name>
    <message>
        <source>Cannot redo “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed since by something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another record now has the name or handle of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exclusivity</name>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 with no end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s category is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contract names %1 as a competitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 list each other as competitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is exclusive to %2 %3 (%4%5)%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is exclusive to %2 for %6 %3 (%4%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, not signed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 (%2) overlaps %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Write every record of one kind to a CSV file (formats.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot export &apos;%1&apos;: use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>cannot export &apos;%1&apos;: use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing %1 failed, the file was not changed: %2 (is the disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowerImporter</name>
    <message>
        <source>unknown creator &apos;%1&apos;: import creators.csv first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2 account: add it in creators.csv first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowupImporter</name>
    <message>
        <source>a follow-up&apos;s id is a whole number from 1 (leave it empty for a new follow-up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up %1 is about a %2, not this row&apos;s %3; an import never moves a follow-up (leave id empty to add a new one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a follow-up about a %1 names its %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a follow-up about a %1 names only its %2: leave %3 empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign and creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos;: import %3.csv first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not the brand of the campaign %2 (%3 is): a follow-up about a campaign or a deal is on the campaign&apos;s own brand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowupListModel</name>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the creator&apos;s manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowupService</name>
    <message>
        <source>the %1 this follow-up is about no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the day to follow up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what to follow up on: the note is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manager of this follow-up no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the follow-up no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 must be a whole number such as 200000, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach Screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images and PDFs (*.png *.jpg *.jpeg *.webp *.heic *.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Import a CSV file of one kind (%1); all of it or, on any error, nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign of rows that do not name one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator of rows that do not name one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform of rows that do not name one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot date of rows without one (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot import &apos;%1&apos;: use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: fix the rows above and import the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated, %4 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>%1: &apos;%2&apos; is not a column of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:1: the column &apos;%2&apos; appears twice (columns %3 and %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: read as the %2 format; ignored: %n column(s) CollabDesk does not keep</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1:1: unknown column &apos;%2&apos; is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the %2 does not say which %3 its posts belong to: give the %3 (--%3 NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:1: the required column &apos;%2&apos; is missing; the header needs: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3 fields but the header names %4; quote fields that contain commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3 of %4 fields; the missing ones are taken as empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same record as line %1 (a key may appear once per file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty; the first line must name the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot import &apos;%1&apos;: use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty; the first line must name the columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Init</name>
    <message>
        <source>Create the workspace, or bring an older one up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a CollabDesk workspace (schema v%2); nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1 to schema v%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created workspace %1 (schema v%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceCommand</name>
    <message>
        <source>Invoices to brands (agency workspaces): create one from a brand&apos;s open receivables, list them, void one (it keeps its number), or export one as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The brand to invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this campaign&apos;s receivables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency, when the brand owes in several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issue date (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date (default the issue date plus the payment terms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice, by its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF&apos;s language: en or id (default en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown invoice command &apos;%1&apos;: use invoice create, list, void or export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the brand to invoice with --brand B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the invoice with --number N (&apos;collabdesk-cli invoice list&apos; shows them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the file to write with --pdf OUT.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No invoices yet; &apos;invoice create --brand B&apos; invoices a brand&apos;s open receivables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>void</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Created invoice %1 to %2: %n line(s), total %3, due %4.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Voided invoice %1; its receivables can be invoiced again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Invoices</name>
    <message>
        <source>invoices are for agency workspaces; a brand pays its creators (set the perspective to agency in Settings if you invoice brands)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown brand &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown campaign &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has open receivables in %2; an invoice has one currency, so name one</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>only open receivables of %1 in one currency that are on no invoice can go on an invoice; %n of the chosen payments cannot</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no open receivable that is not on an invoice yet%2; draft the schedule first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the due date %1 is before the issue date %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice number %1 is taken; put {YYYY} in the invoice pattern in Settings so each year counts on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice %1 is already void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice %1 cannot be issued again: %2&apos;s %3 changed since it was voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no invoice numbered &apos;%1&apos;; &apos;collabdesk-cli invoice list&apos; shows them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payments here are on invoice %1, which must stay as issued; void the invoice first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <source>A campaign&apos;s KPIs as of a date (default today): posts, engagement, rates, follower growth, cost per result and progress against targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign, by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count snapshots dated on or before DATE (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the JSON object of formats.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the campaign with --campaign NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), as of %3

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (likes %2, comments %3, shares %4, saves %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by followers (%2 left out), %3 by reach (%4 left out), %5 by impressions (%6 left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promo code uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 before, %2 after: %3 (%4 left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per new follower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress against targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiExplain</name>
    <message>
        <source>%1: no value while there are no %2 (a zero denominator has no ratio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no value while no post has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n post(s) left out: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>CPM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engagements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per new follower: no value, followers did not grow (%1 before, %2 after)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per new follower = %1 / %2 new followers (%3 after − %4 before) = %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI: no value while no post has a revenue figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI: no value without a cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI = (%1 revenue − %2 cost) / %2 × 100 = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement rate by followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>followers at posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no follower count on or before the day they went up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement rate by reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their latest snapshot has no reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement rate by impressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their latest snapshot has no impressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follower growth: no value without followers before the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follower growth = (%1 after − %2 before) / %2 × 100 = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n creator account(s) left out: no count before the start or by the end</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>fee %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 revenue = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost = %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no one takes part</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>List</name>
    <message>
        <source>List the records of one kind: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array with every column (formats.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos;: use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Workspace in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Open it read-only to look without changing anything?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManagerService</name>
    <message>
        <source>manager name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a manager named &apos;%1&apos; already exists; manager names must be unique (ignoring case and spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manager no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaKit</name>
    <message>
        <source>there is no creator with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a creator&apos;s one-page media kit as a PDF: platforms, engagement, growth, audience, latest collaborations, rate card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The creator, by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media kit&apos;s language: en or id (default the app&apos;s language, from the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count numbers dated on or before DATE (YYYY-MM-DD; default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the creator with --creator X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the file to write with --pdf OUT.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no creator named &apos;%1&apos;; `collabdesk-cli list creators` shows them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the media kit of %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricEntry</name>
    <message>
        <source>the deliverable no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no post link and posted date yet: edit the deliverable to add them, then record its numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no number was given for &apos;%1&apos;: type at least one, such as views or likes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revenue is in %1 but the campaign counts in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>unknown currency &apos;%1&apos;: use an ISO 4217 code such as IDR or USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an amount is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a plain amount: leave out currency symbols and letters (write 1500000 or 1,250.50; the currency is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount: write digits with an optional decimal point and &apos;,&apos; between thousands, like 1500000 or 1,250.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has decimals, but %2 amounts are whole numbers (write %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has %2 decimals, but %3 amounts have at most %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add %1 to %2: amounts in different currencies are never mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the total is too large to compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot subtract %1 from %2: amounts in different currencies are never mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the difference is too large to compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount is too large to compute</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>a %1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 is %2 characters long; at most %3 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 contains control characters; type it again without them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a handle is required (the account name, with or without @)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the handle is %1 characters long; at most %2 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the handle &apos;%1&apos; contains spaces; a handle is one word such as @rina.eats</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantImporter</name>
    <message>
        <source>unknown campaign &apos;%1&apos;: import campaigns.csv first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; differs from the campaign&apos;s currency %2; a campaign has one currency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantLookup</name>
    <message>
        <source>unknown campaign &apos;%1&apos;: import campaigns.csv first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown creator &apos;%1&apos;: import creators.csv first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the campaign %2: add them in participants.csv first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantService</name>
    <message>
        <source>fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 is in %2 but the campaign is in %3; a campaign has one currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 cannot be negative (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the commission must be between 0% and 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deposit %1 is more than the fee %2; a deposit is the part of the fee paid in advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown campaign &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown creator &apos;%1&apos;: add the creator to the roster first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is archived; unarchive the creator before adding them to a campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the participant no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has payments on invoice %2; void the invoice first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentActions</name>
    <message>
        <source>Pay %1 of %2&apos;s %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1&apos;s %2 paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s %2 was paid and is kept as a tax record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s %2 is on invoice %3; void the invoice first</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n payment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Draft payment schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the receivables to invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only receivables (money the brand owes) go on an invoice; %1&apos;s %2 is a payable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an invoice is for one brand in one currency; choose receivables of %1 in %2 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create invoice %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentImporter</name>
    <message>
        <source>&apos;%1&apos; differs from the campaign&apos;s currency %2; a campaign has one currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a payment&apos;s amount must be more than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not match: a new payment is on no invoice; create invoices in CollabDesk or with &apos;invoice create&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not match payment %2&apos;s invoice &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment %1 was paid on %2; an import never changes a paid payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment %1 belongs to another campaign or creator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentLedger</name>
    <message>
        <source>there is no payment %1; &apos;collabdesk-cli payments&apos; lists them with their ids</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentListModel</name>
    <message>
        <source>Deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kill fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reimbursement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method / reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentService</name>
    <message>
        <source>there is no payment %1; &apos;collabdesk-cli payments&apos; lists them with their ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such creator in a campaign (participant %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount is in %1 but %2 is in %3; a campaign has one currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount must be more than zero (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a brand workspace has only payables; set the perspective to agency in Settings to invoice brands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a creator&apos;s payable can only belong to a receivable of the same creator and campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment %1 was paid on %2; only its method, reference and note can change (undo the payment to change the rest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment %1 is on an invoice; void the invoice before changing its amount or kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment %1 was paid on %2 and is kept as a tax record; it cannot be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment %1 is on an invoice; void the invoice first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment %1 was already paid on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the date it was paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount paid is in %1 but the payment is in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount paid must be more than zero and at most the %1 owed (got %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2: status is %3, not confirmed or completed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Payments</name>
    <message>
        <source>Payments: list them with their status as of a date, draft a campaign&apos;s schedule from the terms (&apos;payments draft&apos;), or record one as paid (&apos;payments pay&apos;, in part with --amount).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status and ageing as of DATE (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open, due, overdue, paid or all (default all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this creator&apos;s payments (or draft only theirs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this brand&apos;s campaigns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign to draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the JSON array of formats.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment to record as paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day it was paid (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gross part paid, when not all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was paid (transfer, cash, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer&apos;s reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown payments command &apos;%1&apos;: use payments, payments draft or payments pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status takes open, due, overdue, paid or all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the campaign to draft with --campaign C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the payment with --id N (&apos;collabdesk-cli payments&apos; shows the ids)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the day it was paid with --date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payments%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> yet; &apos;payments draft --campaign C&apos; drafts a campaign&apos;s schedule from its terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unknown campaign &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in that campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafted: %1 new, %2 updated, %3 removed, %4 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--amount: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid %1 of payment %2 on %3; the open %4 is payment %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid payment %1 (%2) on %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pipeline</name>
    <message>
        <source>Deals per stage (offer, negotiating, contracted, in production, delivered, invoiced, paid, lost) with their count and gross per currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the deals of the creators this manager manages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the JSON array of formats.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gross</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformExport</name>
    <message>
        <source>%1 export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date this %2 uses (e.g. 09/20/2026 14:30, 2026-09-20 or Sep 20, 2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 does not say whose post this is: give the creator (--creator NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no creator has the %1 handle @%2: add it in creators.csv, or give the creator (--creator NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (approximate counts)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostMetricImporter</name>
    <message>
        <source>&apos;%1&apos; differs from the campaign&apos;s currency %2; a campaign has one currency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostNumbers</name>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promo code uses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostService</name>
    <message>
        <source>&apos;%1&apos; is not a post URL (expected e.g. https://www.instagram.com/reel/ABC123/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a post needs the date it was posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posted %1, but this post was recorded as posted %2; a post has one posting date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posted %1, but the deliverable with this URL was posted %2; a post has one posting date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a snapshot needs the date its numbers were read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date %1 is in the future; numbers are recorded as seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the numbers are dated %1, before the post went up on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: date: the numbers dated %2 could not be written: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RateEstimate</name>
    <message>
        <source>%1 tier, typical Indonesian fee per post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (or free product)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$1,000 per 100,000 followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$2,000 per 100,000 subscribers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × 0.75–1.25 for %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordImage</name>
    <message>
        <source>other records now refer to it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>reading %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Write a campaign&apos;s report for the client as a PDF: results, charts, creators, compliance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign, by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count numbers dated on or before DATE (YYYY-MM-DD; default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s language: en or id (default the app&apos;s language, from the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the campaign with --campaign NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the file to write with --pdf OUT.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no campaign named &apos;%1&apos;; `collabdesk-cli list campaigns` shows them</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote the report of %1 as of %2 (%n page(s)) to %3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>Replace the workspace with a checked backup; the replaced one is kept beside it as a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace an existing workspace (it is kept as NAME.before-restore-*.bak).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this replaces the workspace %1 with %2; the current one will be kept as a backup beside it. Run again with --force to go ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2; the previous workspace is kept at %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rights</name>
    <message>
        <source>Content usage rights ending within DAYS, and rights that ended while the content is still in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days ahead to look (0 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count days from DATE (YYYY-MM-DD; default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the days ahead with --expiring DAYS (a whole number, 0 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usage rights need a look as of %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no channels listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPIRING %1 for %2 (%3, contract %4): ends %5, %6; %7
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>IN USE   %1 for %2 (%3, contract %4): ended %5, %6, still in use; %7
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Series</name>
    <message>
        <source>the campaign no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingKeys</name>
    <message>
        <source>%1 must be brand or agency (got &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number of days from 0 to 3650 (got &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a percent from 0 to 100 with at most two decimals, like 20 or 2.5 (got &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be yes or no (got &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must hold {NNNN} once, where the invoice&apos;s running number goes, like INV/{YYYY}/{NNNN} (got &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>tier thresholds must grow: micro (%1) &lt; macro (%2) &lt; mega (%3), all above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the workspace settings, show one, or set one (perspective, payment terms, agency rate, taxes, your company, the invoice number pattern).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings takes at most a key and a value; quote a value with spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos;: use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>A creator&apos;s statement for a period (agency workspaces): gross, agency fee, share, tax withheld, paid and owed, as JSON or a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The creator, by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period&apos;s first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period&apos;s last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the JSON array of formats.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write (one per currency: -USD.pdf and so on after the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF&apos;s language: en or id (default en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the creator with --creator X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the period with --from D --to D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose --json or --pdf OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no payments in any currency; there is nothing to state</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2, %n page(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaxProfiles</name>
    <message>
        <source>an NPWP holds digits only (dots and dashes are fine): &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>an NPWP has 16 digits (or 15 in the old form); &apos;%1&apos; has %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the creator no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agency rate must be between 0% and 100%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tier</name>
    <message>
        <source>Nano</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Micro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Macro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mega</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Campaign starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting window opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due, late: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting window closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign ends</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <source>no due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kill fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reimbursement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft submitted, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>revision %n day(s) late (asked %1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Offer: no fee yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer: fee %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>campaign starts in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>campaign starts today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>campaign started %n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>invited, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negotiating, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract: draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent yet, drafted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract: sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent %1, no answer since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract: negotiating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negotiating, last change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage rights: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago, still in use</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Exclusive to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusive to %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not signed yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a named competitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>competing brands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overlaps %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overlaps from %1 on: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts to chase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivables overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payables due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusivity conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayCommand</name>
    <message>
        <source>What needs doing: drafts, revisions, due and late deliverables, offers, contracts to chase, payments, usage rights, exclusivity conflicts and follow-ups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the creators this manager manages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs doing on DATE (YYYY-MM-DD; default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the JSON object of formats.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, %1, for %2&apos;s creators

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, %1, for everyone

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>&apos;%1&apos; is not an email address (expected name@example.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a phone number (digits, spaces and + ( ) - only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>&apos;%1&apos; is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number: &apos;%1&apos; — if that is Indonesian grouping, write %2 or %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number: &apos;%1&apos; — write the full count, e.g. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be negative: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number such as 12345 or 12,345: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has more than two decimals: &apos;%1&apos; (write e.g. 4.25)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a percent such as 10, 10% or 4.25: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be more than 100%: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be yes or no (or true/false, 1/0): &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD: &apos;%1&apos; (for example %2-%3-%4 if the month comes first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD, e.g. 2026-03-01: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vetting</name>
    <message>
        <source>Does the audience match our target audience (demographics, interests, platforms)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kind of content do they produce?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can they meet our deadlines, and how fast do they answer messages?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What are their engagement metrics?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What other analytics can they share (platform insights, web analytics)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which past collaborations worked best, with what results?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are they comfortable with every part of the campaign (content type, brand guidelines, format, duration, disclosure, drafts before posting, revisions)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do they know our brand (have they mentioned it already)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which platforms do they use (social, blog, YouTube, press or TV)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have they worked, or are they working, with our competitors? (a conflict if at the same time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often do they do paid partnerships? (too often looks insincere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What are their fees, and is a deposit needed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (%3%), %4 of %5 questions scored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participant status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deliverable status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deliverable format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creator status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tax type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>perspective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audience dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deal stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 is required: use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos;: use one of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blog post</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>the SQLite driver for Qt is missing: install the package libqt6sql6-sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the integrity check could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference check could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 of %2 points at a missing %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal error: schema script %1 is missing from the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema statement failed: %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting the migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step left a row in %1 pointing at a missing record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating the workspace to schema v%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2). It was left unchanged. Restore a backup with &apos;collabdesk-cli restore&apos; or open another workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a CollabDesk workspace (it is not a SQLite database). It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to another application (SQLite application id 0x%2), not CollabDesk. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty SQLite database, not a CollabDesk workspace. It was left unchanged; choose a new file name to create a workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a CollabDesk workspace (a SQLite database of another application). It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved by a newer CollabDesk (workspace schema v%2; this version reads up to v%3). It was left unchanged: update CollabDesk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tables missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace is open read-only; changes cannot be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal error: a change was started inside another one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start saving changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to save: the change was already finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the change failed and nothing was saved: %1 (is the disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal error: the workspace connection is not SQLite</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceDefaults</name>
    <message>
        <source>tier thresholds must grow: micro (%1) &lt; macro (%2) &lt; mega (%3), all above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown currency &apos;%1&apos;: use an ISO 4217 code such as IDR or USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the usage-rights warning must come 1 to 365 days ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 baseline needs both a low and a high rate, or neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 baseline must run from a low to a higher rate between 0% and 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning thresholds must be positive (the median factor and minimum at least 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engagement rate is shown by followers, reach or impressions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::AccountsForm</name>
    <message>
        <source>One account per platform. A new follower count is recorded as seen today; older counts stay in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New count today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New follower count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers seen today; leave at — to record nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this account and its follower history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 account needs a handle (or remove the row)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::AudienceForm</name>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share aged %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-letter country code: ID, US, MY, SG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of country %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures as &amp;of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a country share of %1 % has no country code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::BrandEditor</name>
    <message>
        <source>Brand — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beverages, skincare, fintech…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separated by commas: Teh Botol, Frestea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brands a creator working with this one should not promote at the same time; contracts&apos; exclusivity checks look for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ompetitors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-ups (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the brand first to add follow-ups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns of this brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, from %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaigns yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A brand needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brand name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::BrandListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned or active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::BrandsPage</name>
    <message>
        <source>Brands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search brands, categories, competitors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No brands yet&lt;/h3&gt;&lt;p&gt;Add a brand with &lt;i&gt;Edit &amp;gt; New Brand&lt;/i&gt;, or import brands.csv with &lt;i&gt;File &amp;gt; Import CSV&lt;/i&gt;. Each brand shows its category, competitors and campaigns.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n brand(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 with its competitor list?

Brands with campaigns cannot be deleted; delete their campaigns first. Edit &gt; Undo brings the brand back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::CampaignEditor</name>
    <message>
        <source>Awareness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follower growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>so far %1 (%2% of the target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>so far %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;KPI Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ramadan Refresh 2027</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 50.000.000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;udget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platforms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product review, unboxing, tutorial…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Video length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the caption must say or avoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption &amp;guidance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#BrandTag #CampaignTag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandatory &amp;hashtags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@brand.account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required &amp;mentions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid posts must be marked (#ad, #iklan, #sponsored, #paidpartnership)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign&apos;s own markers, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own &amp;markers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting window from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting window to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting &amp;window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Posts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Views:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Engagement rate (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;followers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link clicks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revenue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved so far, as of today; hover for how it is counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a currency code; use one such as IDR or USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posts target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>views target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new followers target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link clicks target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engagement rate target is a percent from 0 to 100, such as 4 or 4.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revenue target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a brand first (Brands page): a campaign belongs to one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::CampaignListModel</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliverables done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::CampaignView</name>
    <message>
        <source>Creators in the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Creator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Terms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft, send and sign the chosen creator&apos;s contract for this campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Follo&amp;w-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dated note about the chosen creator&apos;s deal: a call to make, a reply to chase. The campaign&apos;s Follow-ups tab lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft Payment Schedule for the &amp;Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft the deposit, fee balance, commission and points payments of every confirmed or completed creator from their terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft Payment Schedule for the C&amp;hosen Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft the chosen creator&apos;s payments from their terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;yment Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft payments from the creators&apos; terms; drafting again updates the drafted ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;liverables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;lendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resul&amp;ts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-&amp;ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A one-page brief for creators: content, hashtags, mentions, disclosure, when to post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep&amp;ort as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report for the client: results against targets, charts, each creator&apos;s figures, brief compliance and the top posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter Re&amp;sults…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type in a day&apos;s numbers for every posted deliverable of the campaign on one screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-&amp;ups (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up on %1 added, due %2; the Follow-ups tab lists it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Draft Payment Schedule for the %n C&amp;hosen Creator(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a campaign above to see who takes part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n creator(s) taking part</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n declined or cancelled)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 committed of the %3 budget (%4 left; commission comes on top)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 committed; no budget set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deliverable(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post metric snapshot(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing else is stored for them in this campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This also deletes their %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the campaign?

%2
If they only stepped back, set their status to declined or cancelled instead: that keeps the history. Edit &gt; Undo brings it all back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every word of the brief is written in this language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the brief as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief - %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft Payment Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft Payment Schedule for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Draft Payment Schedule for %n creator(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>drafted %n payment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>removed %n no longer in the terms</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to draft: payments are drafted for confirmed or completed creators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to draft: the payments already follow the terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n creator(s) skipped (status %1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::CampaignsPage</name>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search campaigns, brands, status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No campaigns yet&lt;/h3&gt;&lt;p&gt;Add one with &lt;i&gt;Edit &amp;gt; New Campaign&lt;/i&gt;, or import campaigns.csv (then participants, deliverables and post metrics) with &lt;i&gt;File &amp;gt; Import CSV&lt;/i&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All brands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n creator(s) taking part</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deliverable(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post metric snapshot(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing else is stored for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This also deletes %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?

%2
Edit &gt; Undo brings it all back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ContractEditor</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status and Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; for %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redraft from &amp;Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clauses you have not edited follow the terms; edited ones keep your words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template as JSON with its merge fields, to make your own from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a template of your own in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The brand is using the content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare Two…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach Signed &amp;Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed copy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content of %1 in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content of %1 no longer in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, version %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, signed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved yet (a draft once saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (check: terms changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;Missing: %1.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited clauses to check after the change of terms: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract is %1: read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusivity Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. This exclusivity conflicts with campaigns the creator takes part in:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Version %1 → version %2&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The two versions are the same.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two versions in the list (Ctrl+click), or one to compare with the version before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Versions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach Signed Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the contract first, then export it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract templates (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template &apos;%1&apos; kept in the workspace: choose it under Terms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ContractTermsForm</name>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bahasa Indonesia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. beverages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brand names separated by ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusivity starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusivity ends (not set: open-ended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid ads allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days the creator has to deliver a requested revision; empty: the number in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the Republic of Indonesia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract &amp;ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revision rounds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision t&amp;urnaround (days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay&amp;ment within (days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellation &amp;notice (days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kill fee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governing la&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Com&amp;petitors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content usage rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organic social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outdoor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision turnaround</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kill fee: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ContractsPage</name>
    <message>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search campaigns, creators, brands…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No contracts yet&lt;/h3&gt;&lt;p&gt;Draft one from a campaign: on the &lt;i&gt;Campaigns&lt;/i&gt; page choose a creator taking part and press &lt;i&gt;Contract…&lt;/i&gt;. The text is drafted from the terms in English or Bahasa Indonesia; existing deals come in with &lt;i&gt;File &amp;gt; Import CSV&lt;/i&gt; (contracts.csv).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Contract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contract is %1, so it is kept as a record of the deal: open it and mark it terminated instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this draft contract with its text?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete draft contract</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::CreatorEditor</name>
    <message>
        <source>Creator — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;udience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vetting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mone&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;mpaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-ups (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media &amp;Kit as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A one-page media kit for brands from what is saved: platforms, engagement, growth, audience, latest collaborations and rate card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vetting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns with this creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliverables done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in any campaign yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past and current campaigns, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the creator first to add follow-ups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::CreatorRosterModel</name>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No post metrics in the last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>followers at posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Engagement rate by %1, last 90 days (%n post(s)): %2 engagements / %3 = %4</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) left out: no %1 for them</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::CreatorsPage</name>
    <message>
        <source>Creators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, niche, country, manager…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search creators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by niche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;Follower Count…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type in a follower count seen on the creator&apos;s profile, with a screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media &amp;Kit as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A one-page media kit for brands: platforms, engagement, growth, audience, latest collaborations and rate card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media Kit for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One A4 page from what is saved, as of today: platforms, engagement and growth over the last 90 days, audience, latest collaborations and rate card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media kit - %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Media Kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media Kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unarchive %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unarchive %n creator(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %n creator(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n campaign(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>

The other creators selected are left as they are; delete them on their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took part in campaigns, and deleting would take that history with them.

Archive instead? Archived creators are hidden from daily views and keep their history.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n creator(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n platform account(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follower count(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rate card price(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vetting answer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing else is stored for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This also deletes %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?

%2
Edit &gt; Undo brings it all back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All niches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n creator(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;No creators yet&lt;/h3&gt;&lt;p&gt;Creators you add or import appear here, with their tier, platforms and follower counts.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No creator matches&lt;/h3&gt;&lt;p&gt;Change the search, or show archived creators.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::DashboardPage</name>
    <message>
        <source>Active campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to look at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress against each target set, as of today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due this week and late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not posted yet; late ones in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not paid by their due date, most overdue first. Open one to see its campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth a closer look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusivities broken, usage rights ending or used past their end, and authenticity warnings from the last 30 days (signs, not verdicts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follower growth across the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers of active creators, week by week for six months; who grew or lost most in the last 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement, last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest and lowest rates on the basis chosen in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost so far / engagements so far, per creator in running campaigns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 engagements</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Followers of %n account(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All active creators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 followers 30 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growing fastest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losing followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s rights to the %2 content end %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s rights to the %2 content ended %3 ago, and the content is still in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Authenticity</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more on the Payments page</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing overdue today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::DealCardDelegate</name>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::DealListModel</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 posted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::DeliverableEditor</name>
    <message>
        <source>Deliverable — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Deliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Iftar reel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contract&apos;s rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;visions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://www.instagram.com/reel/…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;osted on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caption as posted, for the brief compliance check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No revision asked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a creator to the campaign first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::DeliverableListModel</name>
    <message>
        <source>Late: due %1 and not posted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✗ %n rule(s) failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::DeliverablesPanel</name>
    <message>
        <source>Draft &amp;Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the deliverable one step along the pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;Revision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Numbers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type in a posted deliverable&apos;s views, likes and the rest for a day, with proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deliverable(s), </source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deliverable(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Deliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should change in “%1”? The note is kept with this round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request a revision of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past the Revision Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is recorded, but %1. The contract may allow a fee for extra rounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Deliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” with the feedback on its drafts?

Edit &gt; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::DocumentDialog</name>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bahasa Indonesia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::EngagementChart</name>
    <message>
        <source>Engagement over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::FirstRunDialog</name>
    <message>
        <source>Welcome to CollabDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to CollabDesk&lt;/h2&gt;&lt;p&gt;Your creators, brands, campaigns, contracts and results live in one workspace file on this computer. Nothing leaves it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create my workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty workspace at %1, for your own creators and campaigns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .collabdesk file you already have, for example from a colleague&apos;s backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore a demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>40 creators and 9 campaigns with briefs, metrics and contracts, in a separate file: try everything without touching your own data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::FollowerCountDialog</name>
    <message>
        <source>Follower Count: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 @%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 52,500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof screenshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach Screenshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seen on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Followers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last recorded: %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No count recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the creator has no account yet: add one in the creator&apos;s Accounts tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follower count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type the follower count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (kept on save)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers of %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::FollowersChart</name>
    <message>
        <source>Followers over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change since the start (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::FollowupDialog</name>
    <message>
        <source>Edit Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 this follow-up belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to follow up on: a call to make, a reply to chase, a rate to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whoever manages the creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;one on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace is open read-only; nothing can be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what to follow up on: the note is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit follow-up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add follow-up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your changes to this follow-up?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this follow-up? It is not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::FollowupsPanel</name>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark D&amp;one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen follow-up (Delete). Nothing is asked: Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the chosen follow-up done (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a follow-up: a day and a note (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the chosen follow-up&apos;s day, note or owner (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-ups could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n late</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n done</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a campaign to see its follow-ups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-ups on this campaign or its creators yet.
New… (Ctrl+N) adds a dated note: a brief to chase, a result to ask for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-ups yet.
New… (Ctrl+N) adds a dated note: a call to make, a reply to chase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the chosen follow-up again (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the chosen follow-up done today (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;a href=&quot;undo&quot;&gt;Undo&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “%1”, due %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen follow-up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked “%1” done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete follow-up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ImportWizard</name>
    <message>
        <source>Import CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV in CollabDesk&apos;s columns (see the README), or a post export from Instagram, TikTok or YouTube Studio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creators (one row per platform account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts (existing deals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follower history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post metrics (also Instagram, TikTok and YouTube exports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .csv file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each column of the file and what it is imported as. Change any that were not recognised; columns left out are not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For rows that leave these empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign for every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator for every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform for every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— from the file —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers as &amp;of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without it: the file&apos;s date column, or today for exports whose numbers have no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row is checked as the import would read it; nothing is written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows as they will be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All or nothing: cancelling leaves the workspace as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns named as in CollabDesk&apos;s own %1.csv are recognised by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised as an &lt;b&gt;%1&lt;/b&gt;: its columns are read as post metrics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports as, for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— finds the creator by handle —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— leave out —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every required column is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still needed: %1. Match a file column to it, or give a value for every row above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row is fine. Importing will add %1, update %2 and leave %3 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. Nothing can be imported until the file is fixed (or its columns matched differently):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated, %4 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::InvoicesDialog</name>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invoices yet. On the Payments page select a brand&apos;s open receivables and choose &lt;i&gt;Create Invoice&lt;/i&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bahasa Indonesia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the invoice: it keeps its number and its receivables can be invoiced again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>void since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void invoice %1? It keeps its number (numbers are never reused) and its receivables can go on a new invoice. Undo issues it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export C&amp;alendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Creators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Brands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ampaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipe&amp;line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;ntracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My Creators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the creators you manage, with their deals, contracts and payments (choose who you are in Settings &gt; Managers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CollabDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the creators you manage, with their deals, contracts and payments (Ctrl+Shift+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who you are in Settings &gt; Managers to show only your creators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1: due dates, posting days, payments and open follow-ups. Import the file again after changes; events update in place.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CollabDesk workspaces (*.collabdesk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Open it with File &gt; Open Workspace, or choose a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CollabDesk workspaces (*.collabdesk *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records to export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 rows to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups (*.bak *.collabdesk);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1 (checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups (*.bak *.collabdesk *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the workspace %1 with the backup %2?

The current workspace is kept beside it as a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from %1; the replaced workspace is kept at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [read-only] — CollabDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — CollabDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About CollabDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;CollabDesk %1&lt;/h3&gt;&lt;p&gt;Influencer campaigns for brand marketers and talent managers: creators, campaigns, contracts and results, on your own computer and fully offline.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ManagerListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creators</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ManagersForm</name>
    <message>
        <source>The people who look after creators. Each creator has at most one manager, chosen on the creator&apos;s Profile tab. Changes on this tab are saved as you make them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No managers yet. Add one (Ctrl+N), or type a manager&apos;s name on a creator&apos;s Profile tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Manager…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Manager…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Manager…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a manager (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected manager or change their email (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected manager; their creators are kept (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me on this &amp;computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists can show only your creators (View &gt; My Creators). This choice stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Manager — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Dewi Lestari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. dewi@kreasi.id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 manages %n creator(s). They will have no manager; nothing else changes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 manages no creators. Nothing else changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are also &quot;me&quot; on this computer; that choice is cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing a manager cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager Not Removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::MarkPaidDialog</name>
    <message>
        <source>Mark Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, %3: %4 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting the brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less than the whole amount is a partial payment: the rest stays open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank reference or receipt number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a transfer receipt or screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proof:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pay more than zero and at most the %1 owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pays the whole %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pays %1 of %2; %3 stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expect %1 in the bank: the brand withholds %2 tax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer %1: %2 tax is withheld.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::MoneySettingsForm</name>
    <message>
        <source>Who pays whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand: we pay creators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency: we invoice brands and pay our creators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;This workspace is a:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A brand&apos;s payments are payables to creators. An agency&apos;s are receivables from the brand, each with the creator&apos;s share as a payable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee &amp;due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the campaign ends, unless the contract says otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay &amp;creators:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the brand pays (agency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency: fee and invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gency fee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of the gross, unless the creator or the campaign has its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VAT-registered (PKP): add VAT to invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT &amp;rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effective: 12% × 11/12 = 11%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Bank Mandiri 123-00-0456789-0 a/n PT Kreasi Nusantara Digital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bank account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{NNNN}: the running number, counted per year; {YYYY} or {YY}: the year; {MM}: the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invoice numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your company&apos;s name, address and NPWP on invoices are the ones on contracts, on the General tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withholding tax (rupiah payments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPh 21 &amp;base:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of the gross, taxed 5–35% by layer (a person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPh &amp;23:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of the gross (a company); doubled without NPWP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPh 2&amp;6:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of the gross (a non-resident)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These rates are estimates; check with your tax adviser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put {NNNN} once where the running number goes, like INV/{YYYY}/{NNNN}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::MoneyTab</name>
    <message>
        <source>Tax and fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person (resident individual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person with a final-tax certificate (PP 55/2022)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company or agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign (non-resident)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;x profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPWP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16 digits (a NIK counts); empty: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;NPWP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the workspace&apos;s rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of the gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gency fee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their money, all time (gross, before tax withheld). Earned is what brands are billed for their work; paid and owed are their share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their money, all time (gross, before tax withheld).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statement PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the agency owes them for a period: gross, agency fee, their share, tax withheld, paid and owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payments yet. Draft them from the terms on a campaign&apos;s Creators tab (Payment Schedule), or add them on the Payments page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments of this creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earned (billed to brands)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every receivable for their work, paid or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every payment to them, paid or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments to them marked paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owed to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments to them not paid yet, due or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owed to them and past the due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due when the brand has paid (payout days in Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>overdue %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>awaiting brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An estimate from today&apos;s rates; fixed when paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency fee is a percent from 0 to 100, like 20 or 17.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPh 21 is withheld from rupiah payments to them (on half the gross, from 5%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPh 21 is withheld from rupiah payments to them (on half the gross, from 5%; 20% more without an NPWP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is withheld: they pay the 0.5% final tax themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPh 23 is withheld from rupiah payments to them (2% of the gross).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPh 23 is withheld from rupiah payments to them (4% of the gross without an NPWP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPh 26 is withheld from rupiah payments to them (20% of the gross).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rates are estimates from Settings; check with your tax adviser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no payments due, paid or open in %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One PDF per currency. Lists what is due or paid in the period and what is still open at its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts after it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement-%1-%2.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ParticipantEditor</name>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Creator to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percent of sales their posts bring, e.g. 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commission (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points worth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;oints:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part of the fee paid before work starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deposit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a creator from the roster; type to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the roster: add the creator on the Creators page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, typical fee %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follower counts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · engagement %1% over 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the commission is a percent from 0 to 100, such as 10 or 7.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 committed with this creator (%2 by the others) of the %3 budget: %4 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 committed with this creator; the campaign has no budget set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ParticipantListModel</name>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliverables done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::PaymentDialog</name>
    <message>
        <source>Edit Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivable: the brand pays the agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payable: the agency pays the creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross, before tax is withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on %1: only method, reference and notes can change. Undo the payment to change the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On invoice %1: void the invoice to change the amount or kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No creators in this campaign yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the campaign and the creator the payment is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the creator to the campaign first (Campaigns page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the gross amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount must be more than zero</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::PaymentListModel</name>
    <message>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due once the brand pays its receivable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated from today&apos;s rates; fixed when paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross: before tax is withheld</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::PaymentTiles</name>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open by days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brands owe you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You owe creators</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open payments due before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open payments due on or after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creators&apos; shares that fall due once the brand pays its receivable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments paid on or before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open gross of due and overdue payments by days overdue as of %1 (awaiting the brand is left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>31–60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>61–90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::PaymentsPage</name>
    <message>
        <source>Part of %1&apos;s %2 paid; the rest stays open. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s %2 marked paid. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n payment(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Invoice %1 for %n receivable(s), %2 before VAT? The invoice gets the next number; undo voids it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Invoice %1 for %2: %3, due %4. Export it as a PDF from Invoices….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no campaigns yet. Add one on the Campaigns page, with creators and their fees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft the payments of every confirmed creator in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the schedule already matches the terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark Paid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the chosen payment was paid, whole or in part (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a payment by hand (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;raft Schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft a campaign&apos;s deposits, fees, commissions and points from its creators&apos; terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;Invoice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the chosen receivables of one brand on a new invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In&amp;voices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued invoices: void one or export it as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (due, overdue, awaiting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivables and payables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivables (brands owe you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payables (you owe creators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search creators, campaigns, invoices, references…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payments could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All brands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All creators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Reading payments…&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;The payments could not be read&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No payments yet&lt;/h3&gt;&lt;p&gt;Payments are the deposits, fees, commissions and points owed for creators&apos; work. Draft them from a campaign&apos;s creators and their terms with &lt;i&gt;Draft Schedule…&lt;/i&gt;, or add one with &lt;i&gt;New Payment&lt;/i&gt; (Ctrl+Shift+N). Payments kept elsewhere come in with &lt;i&gt;File &amp;gt; Import CSV&lt;/i&gt; (payments.csv).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nothing is open&lt;/h3&gt;&lt;p&gt;Every payment here is paid. Choose &lt;i&gt;All&lt;/i&gt; or &lt;i&gt;Paid&lt;/i&gt; to see them.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No payments match&lt;/h3&gt;&lt;p&gt;Nothing matches these filters and search; choose &lt;i&gt;All&lt;/i&gt; and clear the search to see every payment.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading payments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln payment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::PipelinePage</name>
    <message>
        <source>Deal Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search creators…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Brand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals reach %1 by themselves: it follows from their deliverables, invoices and payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deal in production is contracted already; it moves on when its deliverables are posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal is in %1 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deal in %1 stays there while its records say so (deliverables, invoices, payments); by hand it can only be marked lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All brands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s creators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everyone&apos;s creators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deals could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No creator&apos;s name contains “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deals for these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deals yet: creators added to a campaign appear here as offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a card to another column, or press Ctrl+← / Ctrl+→.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited; no answer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed; nothing left to make, or nothing planned yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed, with deliverables not yet posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every deliverable posted or verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every receivable on an invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every receivable (agency) or payable (brand) paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln offer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln late</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Move Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 (%2) to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s deal is in %2: its records (deliverables, invoices, payments) put it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal is an offer: there is no stage before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal is lost: there is no stage after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open C&amp;reator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move To</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::PostNumbersDialog</name>
    <message>
        <source>Numbers for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attributed sales in %1, if known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the numbers come from: &quot;creator&apos;s screenshot&quot;, &quot;Instagram insights&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof screenshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach Screenshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Numbers as of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revenue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2, posted %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 is not posted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (kept on save)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revenue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revenue cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the post&apos;s link and posted date to the deliverable first (Edit…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type at least one number, such as views or likes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers for %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::PostRateChart</name>
    <message>
        <source>Engagement rate per post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement rate per post, against each platform&apos;s normal range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 normal range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ProfileForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the creator is known, e.g. Sari Wulandari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;iche:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beauty, food, tech…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a manager or type a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separated by commas: hijab, skincare, Jakarta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archived: hidden from daily views, history kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creator name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A creator needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New manager: will be added to Settings &gt; Managers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::RateCardForm</name>
    <message>
        <source>What the creator charges per piece of content. The estimate beside each price is the typical fee for the creator&apos;s followers on that platform (IDR by tier; USD for Instagram and YouTube).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typical fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2.500.000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No estimate: it needs the creator&apos;s followers on %1, and IDR, or USD for Instagram and YouTube</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a currency code; use one such as IDR or USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 %2 price is empty (or remove the row)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::RecordEditor</name>
    <message>
        <source>the workspace is open read-only; nothing can be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ReportDialog</name>
    <message>
        <source>Report on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the client: results against targets, charts, each creator&apos;s figures, brief compliance, the top posts, and how each figure is calculated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures &amp;as of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report - %1 - %2.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ResultsEntryDialog</name>
    <message>
        <source>Enter Results: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Numbers as of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the numbers typed for %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) up by this day; </source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already with numbers for it. Deliverables not posted yet are not listed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: a day&apos;s numbers cannot be cleared here; type the right ones, or leave the row as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Save %n Row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results for %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ResultsPanel</name>
    <message>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follower growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1; hover a figure for how it was counted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::SettingsDialog</name>
    <message>
        <source>Settings — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers by followers (of a creator&apos;s largest platform)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Micro from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Macro from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mega from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency and dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>followers at posting time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default currency for new campaigns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn before usage rights end:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement rate shown by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement-rate baselines (normal range per platform)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 baseline from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 baseline to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticity warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> likes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> creators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts with at least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…whose comments + shares are under:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers up more than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…between snapshots at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement this far off the tier&apos;s median:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…when that median has at least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your company, on contracts and invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal name, e.g. PT Kreasi Nusantara Digital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name and title, e.g. Dewi Lestari, Director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. NPWP 01.234.567.8-901.000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;x number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vision turnaround:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen the last workspace at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Icons and text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Icons only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Toolbar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;nagers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::TablePage</name>
    <message>
        <source>Search %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::TimelinePanel</name>
    <message>
        <source>Campaign calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::TodayModel</name>
    <message numerus="yes">
        <source>%1: %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign or brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::TodayPage</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the chosen item&apos;s record (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;Revision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s list could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s creators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everyone&apos;s creators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to do, %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Paid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the contract of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should change in “%1”? The note is kept with this round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request a revision of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past the Revision Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is recorded, but %1. The contract may allow a fee for extra rounds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::VettingForm</name>
    <message>
        <source>Their answer, or your notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer to question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 red flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 perfect fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score for question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 is a red flag, 5 a perfect fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Score:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::Workspace</name>
    <message>
        <source>%1 (pid %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no workspace file was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no workspace at %1; create one with &apos;collabdesk-cli --db %1 init&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty file, not a workspace; create one with &apos;collabdesk-cli --db %1 init&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1: the folder %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in %2 (pid %3); close it there first, or open it read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the lock file %1: check that the folder is writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1 for writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the workspace failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2). It was left unchanged. Restore a backup with &apos;collabdesk-cli restore&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace was not closed properly last time; its integrity was checked and is fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace needs updating to schema v%1, but the backup before it failed, so nothing was changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 A copy from before the update is at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace was updated from schema v%1 to v%2; a copy of the old one is at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make a temporary folder to read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1 (schema v%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace uses schema v%1 and is shown as updated to v%2; the file itself stays as it is until it is opened for writing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>usage: collabdesk-cli [--db PATH] %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; for --lang: use en or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no manager named &apos;%1&apos;: this workspace has no managers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no manager named &apos;%1&apos;; the managers are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: collabdesk-cli [--db PATH] COMMAND [ARGS...]

The workspace is --db PATH, else $COLLABDESK_DB, else %1.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
&apos;collabdesk-cli COMMAND --help&apos; describes one command.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db needs a file path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Influencer campaign manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the workspace at PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CollabDesk workspaces (*.collabdesk *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
