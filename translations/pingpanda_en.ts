<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActivityChart</name>
    <message numerus="yes">
        <source>%n event(s) today, by hour</source>
        <translation>
            <numerusform>%n event today, by hour</numerusform>
            <numerusform>%n events today, by hour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in the last %1 days, by day</source>
        <translation>
            <numerusform>%n event in the last %1 days, by day</numerusform>
            <numerusform>%n events in the last %1 days, by day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s)</source>
        <translation>
            <numerusform>%1: %n event</numerusform>
            <numerusform>%1: %n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CategoriesPage</name>
    <message numerus="yes">
        <source>Delete the category &quot;%1&quot;? Its %n event(s) stay in the history; scripts sending it will get 404 from then on.</source>
        <translation>
            <numerusform>Delete the category &quot;%1&quot;? Its %n event stays in the history; scripts sending it will get 404 from then on.</numerusform>
            <numerusform>Delete the category &quot;%1&quot;? Its %n events stay in the history; scripts sending it will get 404 from then on.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CategoryCard</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Removed the category &quot;%1&quot;. Its %n event(s) stay in the history.</source>
        <translation>
            <numerusform>Removed the category &quot;%1&quot;. Its %n event stays in the history.</numerusform>
            <numerusform>Removed the category &quot;%1&quot;. Its %n events stay in the history.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n event(s); %1 kept, %2 MB on disk (was %3 MB).</source>
        <translation>
            <numerusform>Deleted %n event; %1 kept, %2 MB on disk (was %3 MB).</numerusform>
            <numerusform>Deleted %n events; %1 kept, %2 MB on disk (was %3 MB).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiscordEmbed</name>
    <message numerus="yes">
        <source>**%n event(s)** while sends were held.</source>
        <translation>
            <numerusform>**%n event** while sends were held.</numerusform>
            <numerusform>**%n events** while sends were held.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message numerus="yes">
        <source>%Ln event(s), %1 on disk</source>
        <translation>
            <numerusform>%Ln event, %1 on disk</numerusform>
            <numerusform>%Ln events, %1 on disk</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n failed event(s)</source>
        <translation>
            <numerusform>%n failed event</numerusform>
            <numerusform>%n failed events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuietHoursPanel</name>
    <message numerus="yes">
        <source>The next digest (%n event(s) held):</source>
        <translation>
            <numerusform>The next digest (%n event held):</numerusform>
            <numerusform>The next digest (%n events held):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message numerus="yes">
        <source>%n more event(s)</source>
        <translation>
            <numerusform>%n more event</numerusform>
            <numerusform>%n more events</numerusform>
        </translation>
    </message>
</context>
</TS>
