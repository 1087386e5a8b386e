<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AgencyPage</name>
    <message numerus="yes">
        <source>Missions (%n)</source>
        <translation>
            <numerusform>Missions (%n)</numerusform>
            <numerusform>Missions (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>People (%n)</source>
        <translation>
            <numerusform>People (%n)</numerusform>
            <numerusform>People (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Vehicles (%n)</source>
        <translation>
            <numerusform>Vehicles (%n)</numerusform>
            <numerusform>Vehicles (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangesDock</name>
    <message numerus="yes">
        <source>%n new since you last looked (marked {0})</source>
        <translation>
            <numerusform>%n new since you last looked (marked {0})</numerusform>
            <numerusform>%n new since you last looked (marked {0})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataAge</name>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message numerus="yes">
        <source>%n more error(s) since.</source>
        <translation>
            <numerusform>%n more error(s) since.</numerusform>
            <numerusform>%n more error(s) since.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message numerus="yes">
        <source>Wrote %n launches to {0}</source>
        <translation>
            <numerusform>Wrote %n launch to {0}</numerusform>
            <numerusform>Wrote %n launches to {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterWords</name>
    <message numerus="yes">
        <source>next %n days</source>
        <translation>
            <numerusform>next %n day</numerusform>
            <numerusform>next %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last %n days</source>
        <translation>
            <numerusform>last %n day</numerusform>
            <numerusform>last %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message numerus="yes">
        <source>{0} of %Ln missions</source>
        <translation>
            <numerusform>{0} of %Ln mission</numerusform>
            <numerusform>{0} of %Ln missions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveData</name>
    <message numerus="yes">
        <source>{0} and %n more</source>
        <translation>
            <numerusform>{0} and %n more</numerusform>
            <numerusform>{0} and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Reading %Ln missions… ({0} so far)</source>
        <translation>
            <numerusform>Reading %Ln mission… ({0} so far)</numerusform>
            <numerusform>Reading %Ln missions… ({0} so far)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln missions</source>
        <translation>
            <numerusform>%Ln mission</numerusform>
            <numerusform>%Ln missions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of %Ln missions shown</source>
        <translation>
            <numerusform>{0} of %Ln mission shown</numerusform>
            <numerusform>{0} of %Ln missions shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MissionTableModel</name>
    <message numerus="yes">
        <source>The NET moved %n times; the detail view shows the history</source>
        <translation>
            <numerusform>The NET moved %n time; the detail view shows the history</numerusform>
            <numerusform>The NET moved %n times; the detail view shows the history</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleListModel</name>
    <message numerus="yes">
        <source>%n missions</source>
        <translation>
            <numerusform>%n mission</numerusform>
            <numerusform>%n missions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message numerus="yes">
        <source>%n flown</source>
        <translation>
            <numerusform>%n flown</numerusform>
            <numerusform>%n flown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not flown yet</source>
        <translation>
            <numerusform>%n not flown yet</numerusform>
            <numerusform>%n not flown yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <source>{0} launches in %n days</source>
        <translation>
            <numerusform>{0} launches in %n day</numerusform>
            <numerusform>{0} launches in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spoken</name>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>T minus %n days, {0}</source>
        <translation>
            <numerusform>T minus %n day, {0}</numerusform>
            <numerusform>T minus %n days, {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message numerus="yes">
        <source>%Ln missions</source>
        <translation>
            <numerusform>%Ln mission</numerusform>
            <numerusform>%Ln missions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Other (%n more)</source>
        <translation>
            <numerusform>Other (%n more)</numerusform>
            <numerusform>Other (%n more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people who flew</source>
        <translation>
            <numerusform>%Ln person who flew</numerusform>
            <numerusform>%Ln people who flew</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VehiclePage</name>
    <message numerus="yes">
        <source>{0:.0%} ({1} of %n finished flights)</source>
        <translation>
            <numerusform>{0:.0%} ({1} of %n finished flight)</numerusform>
            <numerusform>{0:.0%} ({1} of %n finished flights)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seats flown</source>
        <translation>
            <numerusform>%n seat flown</numerusform>
            <numerusform>%n seats flown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n different people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n different people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Flights (%n)</source>
        <translation>
            <numerusform>Flights (%n)</numerusform>
            <numerusform>Flights (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>T− %n days · {0}</source>
        <translation>
            <numerusform>T− %n day · {0}</numerusform>
            <numerusform>T− %n days · {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}: %n changes, slipped {1} in all</source>
        <translation>
            <numerusform>{0}: %n change, slipped {1} in all</numerusform>
            <numerusform>{0}: %n changes, slipped {1} in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}: %n changes, moved earlier by {1} in all</source>
        <translation>
            <numerusform>{0}: %n change, moved earlier by {1} in all</numerusform>
            <numerusform>{0}: %n changes, moved earlier by {1} in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}: %n changes, back to the NET it started from</source>
        <translation>
            <numerusform>{0}: %n change, back to the NET it started from</numerusform>
            <numerusform>{0}: %n changes, back to the NET it started from</numerusform>
        </translation>
    </message>
</context>
</TS>
