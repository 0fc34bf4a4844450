<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BrandService</name>
    <message numerus="yes">
        <source>the brand has %n campaign(s); delete or move them first</source>
        <translation>
            <numerusform>the brand has %n campaign; delete or move them first</numerusform>
            <numerusform>the brand has %n campaigns; delete or move them first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreatorService</name>
    <message numerus="yes">
        <source>the creator takes part in %n campaign(s); archive the creator instead to keep that history</source>
        <translation>
            <numerusform>the creator takes part in %n campaign; archive the creator instead to keep that history</numerusform>
            <numerusform>the creator takes part in %n campaigns; archive the creator instead to keep that history</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message numerus="yes">
        <source>%1: read as the %2 format; ignored: %n column(s) CollabDesk does not keep</source>
        <translation>
            <numerusform>%1: read as the %2 format; ignored: %n column CollabDesk does not keep</numerusform>
            <numerusform>%1: read as the %2 format; ignored: %n columns CollabDesk does not keep</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::CreatorsPage</name>
    <message numerus="yes">
        <source>%n creator(s)</source>
        <translation>
            <numerusform>%n creator</numerusform>
            <numerusform>%n creators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n creator(s)</source>
        <translation>
            <numerusform>%1 of %n creator</numerusform>
            <numerusform>%1 of %n creators</numerusform>
        </translation>
    </message>
</context>
</TS>
