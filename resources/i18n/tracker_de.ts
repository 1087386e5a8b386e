<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AgencyPage</name>
    <message>
        <source>Abbreviation:</source>
        <translation>Abkürzung:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Missionen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Fahrzeuge</translation>
    </message>
    <message>
        <source>Double-click a mission to show it in the main window</source>
        <translation>Doppelklick zeigt die Mission im Hauptfenster</translation>
    </message>
    <message>
        <source>Double-click a person to open their page</source>
        <translation>Doppelklick öffnet die Seite der Person</translation>
    </message>
    <message>
        <source>Double-click a vehicle to open its page</source>
        <translation>Doppelklick öffnet die Seite des Fahrzeugs</translation>
    </message>
    <message>
        <source>Missions, people and vehicles</source>
        <translation>Missionen, Personen und Fahrzeuge</translation>
    </message>
    <message numerus="yes">
        <source>Missions (%n)</source>
        <translation>
            <numerusform>Missionen (%n)</numerusform>
            <numerusform>Missionen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>People (%n)</source>
        <translation>
            <numerusform>Personen (%n)</numerusform>
            <numerusform>Personen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Vehicles (%n)</source>
        <translation>
            <numerusform>Fahrzeuge (%n)</numerusform>
            <numerusform>Fahrzeuge (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangesDock</name>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Changes the updates brought, newest first</source>
        <translation>Änderungen durch Aktualisierungen, neueste zuerst</translation>
    </message>
    <message>
        <source>No changes yet: File ▸ Update Now (F5) fetches the launches from Launch Library 2, and what each update changes is listed here.</source>
        <translation>Noch keine Änderungen: Datei ▸ Jetzt aktualisieren (F5) ruft die Starts aus Launch Library 2 ab, und was jede Aktualisierung ändert, steht hier.</translation>
    </message>
    <message numerus="yes">
        <source>%n new since you last looked (marked {0})</source>
        <translation>
            <numerusform>%n neu seit Ihrem letzten Blick (markiert mit {0})</numerusform>
            <numerusform>%n neu seit Ihrem letzten Blick (markiert mit {0})</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new since you last looked.</source>
        <translation>Nichts Neues seit Ihrem letzten Blick.</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <source>New launch</source>
        <translation>Neuer Start</translation>
    </message>
    <message>
        <source>NET moved</source>
        <translation>NET verschoben</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>Besatzung</translation>
    </message>
    <message>
        <source>Webcast added</source>
        <translation>Webcast hinzugefügt</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>New since you last looked</source>
        <translation>Neu seit Ihrem letzten Blick</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>the chart could not be encoded as PNG: {0}</source>
        <translation>das Diagramm ließ sich nicht als PNG kodieren: {0}</translation>
    </message>
</context>
<context>
    <name>ChoiceButton</name>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
</context>
<context>
    <name>ClockDialog</name>
    <message>
        <source>Clock</source>
        <translation>Uhr</translation>
    </message>
    <message>
        <source>&amp;Live time</source>
        <translation>&amp;Echtzeit</translation>
    </message>
    <message>
        <source>&amp;Simulated clock, running from:</source>
        <translation>&amp;Simulierte Uhr, läuft ab:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm:ss &apos;UTC&apos;</source>
        <translation>dd.MM.yyyy HH:mm:ss &apos;UTC&apos;</translation>
    </message>
    <message>
        <source>Simulated clock start, in UTC</source>
        <translation>Start der simulierten Uhr, in UTC</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>{0} (the default data&apos;s day)</source>
        <translation>{0} (Tag der Standarddaten)</translation>
    </message>
    <message>
        <source>A simulated clock starts at the moment you choose and then runs on.</source>
        <translation>Eine simulierte Uhr beginnt beim gewählten Zeitpunkt und läuft dann weiter.</translation>
    </message>
</context>
<context>
    <name>ClockModeWindow</name>
    <message>
        <source>Countdown — Mission Tracker</source>
        <translation>Countdown — Mission Tracker</translation>
    </message>
    <message>
        <source>Countdown, clock mode</source>
        <translation>Countdown, Uhrmodus</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Countdown</translation>
    </message>
    <message>
        <source>No launch ahead</source>
        <translation>Kein Start in Sicht</translation>
    </message>
    <message>
        <source>dddd dd MMMM yyyy, HH:mm</source>
        <translation>dddd, d. MMMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>Local time: {0} {1}</source>
        <translation>Ortszeit: {0} {1}</translation>
    </message>
    <message>
        <source>{0}: {1} ({2})</source>
        <translation>{0}: {1} ({2})</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>IN FLIGHT</source>
        <translation>IM FLUG</translation>
    </message>
    <message>
        <source>NEXT LAUNCH</source>
        <translation>NÄCHSTER START</translation>
    </message>
    <message>
        <source>No crew assigned yet</source>
        <translation>Noch keine Besatzung eingeteilt</translation>
    </message>
    <message>
        <source>Simulated clock: {0}</source>
        <translation>Simulierte Uhr: {0}</translation>
    </message>
</context>
<context>
    <name>CountdownBanner</name>
    <message>
        <source>Next launch countdown</source>
        <translation>Countdown zum nächsten Start</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Countdown</translation>
    </message>
    <message>
        <source>No launch ahead</source>
        <translation>Kein Start in Sicht</translation>
    </message>
    <message>
        <source>No mission in the database is waiting to fly.</source>
        <translation>Keine Mission in der Datenbank wartet auf ihren Start.</translation>
    </message>
</context>
<context>
    <name>CountsModel</name>
    <message>
        <source>Missions</source>
        <translation>Missionen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Fahrzeuge</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Agenturen</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>{0}, {1}: {2}</source>
        <translation>{0}, {1}: {2}</translation>
    </message>
</context>
<context>
    <name>CrewTableModel</name>
    <message>
        <source>Seat</source>
        <translation>Sitz</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agentur</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>Double-click or press F2 to change the role</source>
        <translation>Doppelklicken oder F2 drücken, um die Rolle zu ändern</translation>
    </message>
</context>
<context>
    <name>DataAge</name>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Default data as of {0} — the clock runs from there</source>
        <translation>Standarddaten vom {0} — die Uhr läuft ab diesem Zeitpunkt</translation>
    </message>
    <message>
        <source>The data is {0} old (as of {1}): launches since then are missing and NETs may have moved</source>
        <translation>Die Daten sind {0} alt (Stand {1}): seitdem geplante Starts fehlen, und NETs können sich verschoben haben</translation>
    </message>
    <message>
        <source>The data is {0} old: update it from Launch Library 2 (File ▸ Update Now, F5) to see the launches ahead.</source>
        <translation>Die Daten sind {0} alt: Aktualisieren Sie sie aus Launch Library 2 (Datei ▸ Jetzt aktualisieren, F5), um die kommenden Starts zu sehen.</translation>
    </message>
</context>
<context>
    <name>DataAgeBar</name>
    <message>
        <source>The data&apos;s age</source>
        <translation>Alter der Daten</translation>
    </message>
    <message>
        <source>Use Live Time</source>
        <translation>Echtzeit verwenden</translation>
    </message>
    <message>
        <source>Run the clock on the current time (remembered)</source>
        <translation>Die Uhr auf die aktuelle Zeit stellen (wird gemerkt)</translation>
    </message>
    <message>
        <source>Fetch the current launches (File ▸ Update Now, F5)</source>
        <translation>Aktuelle Starts abrufen (Datei ▸ Jetzt aktualisieren, F5)</translation>
    </message>
    <message>
        <source>Update from Launch Library 2</source>
        <translation>Aus Launch Library 2 aktualisieren</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Aktualisierung…</translation>
    </message>
</context>
<context>
    <name>DataService</name>
    <message>
        <source>{0} on {1}</source>
        <comment>a database on a server</comment>
        <translation>{0} auf {1}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Any date</source>
        <translation>Beliebiges Datum</translation>
    </message>
    <message>
        <source>{0} (Delete: any date)</source>
        <translation>{0} (Entf: beliebiges Datum)</translation>
    </message>
</context>
<context>
    <name>EditGate</name>
    <message>
        <source>Read-only: {reason}</source>
        <translation>Nur lesen: {reason}</translation>
    </message>
    <message>
        <source>Nothing can be changed here</source>
        <translation>Hier lässt sich nichts ändern</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <source>— none —</source>
        <translation>— keine —</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>Trotzdem speichern?</translation>
    </message>
    <message>
        <source>Not saved: confirmation declined.</source>
        <translation>Nicht gespeichert: Bestätigung abgelehnt.</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>{0} bearbeiten</translation>
    </message>
    <message>
        <source>New agency</source>
        <translation>Neue Agentur</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Abbreviation:</source>
        <translation>&amp;Abkürzung:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <source>Private (no agency)</source>
        <translation>Privat (keine Agentur)</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Agentur:</translation>
    </message>
    <message>
        <source>N&amp;ationality:</source>
        <translation>S&amp;taatsangehörigkeit:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>New vehicle</source>
        <translation>Neues Fahrzeug</translation>
    </message>
    <message>
        <source>none (a launcher)</source>
        <translation>keine (Trägerrakete)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Betreiber:</translation>
    </message>
    <message>
        <source>Crew &amp;capacity:</source>
        <translation>Besatzungs&amp;kapazität:</translation>
    </message>
    <message>
        <source>&amp;First crewed flight:</source>
        <translation>&amp;Erster bemannter Flug:</translation>
    </message>
    <message>
        <source>New mission</source>
        <translation>Neue Mission</translation>
    </message>
    <message>
        <source>not given yet</source>
        <translation>noch nicht angegeben</translation>
    </message>
    <message>
        <source>why the NET moved (kept in the schedule history)</source>
        <translation>warum sich das NET verschoben hat (bleibt im Terminverlauf)</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Spacecraft:</source>
        <translation>&amp;Raumschiff:</translation>
    </message>
    <message>
        <source>Ca&amp;psule:</source>
        <translation>Ka&amp;psel:</translation>
    </message>
    <message>
        <source>&amp;Launcher:</source>
        <translation>&amp;Trägerrakete:</translation>
    </message>
    <message>
        <source>Launch s&amp;ite:</source>
        <translation>Start&amp;platz:</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>N&amp;ET:</source>
        <translation>N&amp;ET:</translation>
    </message>
    <message>
        <source>NET p&amp;recision:</source>
        <translation>NET-&amp;Genauigkeit:</translation>
    </message>
    <message>
        <source>&amp;Window opens:</source>
        <translation>Start&amp;fenster öffnet:</translation>
    </message>
    <message>
        <source>Window &amp;closes:</source>
        <translation>Startfenster &amp;schließt:</translation>
    </message>
    <message>
        <source>Landin&amp;g:</source>
        <translation>Landun&amp;g:</translation>
    </message>
    <message>
        <source>Descriptio&amp;n:</source>
        <translation>Beschrei&amp;bung:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>&amp;Reason for a NET change:</source>
        <translation>&amp;Grund für die NET-Änderung:</translation>
    </message>
    <message>
        <source>Give a NET: the earliest the mission may launch, as precisely as it is known (a year is enough: choose the precision Year).</source>
        <translation>Geben Sie ein NET an: den frühesten möglichen Start, so genau wie bekannt (ein Jahr genügt: wählen Sie die Genauigkeit Jahr).</translation>
    </message>
    <message>
        <source>They come off those crews.</source>
        <translation>Sie werden aus diesen Besatzungen entfernt.</translation>
    </message>
    <message>
        <source>Those missions keep no record of it.</source>
        <translation>Diese Missionen verlieren den Verweis darauf.</translation>
    </message>
    <message>
        <source>Those records are left without an agency.</source>
        <translation>Diese Einträge bleiben ohne Agentur.</translation>
    </message>
    <message>
        <source>Its crew assignments and schedule history go with it.</source>
        <translation>Ihre Besatzungszuteilungen und ihr Terminverlauf werden mit gelöscht.</translation>
    </message>
    <message>
        <source>Delete {0} anyway? {1} Undo puts it all back.</source>
        <translation>{0} trotzdem löschen? {1} Rückgängig stellt alles wieder her.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Mission Tracker: unexpected error</source>
        <translation>Mission Tracker: unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Something went wrong that Mission Tracker did not expect. Nothing half-done was saved: the window shows the database as it is now.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen. Nichts Halbfertiges wurde gespeichert: Das Fenster zeigt die Datenbank so, wie sie jetzt ist.</translation>
    </message>
    <message numerus="yes">
        <source>%n more error(s) since.</source>
        <translation>
            <numerusform>%n weiterer Fehler seitdem.</numerusform>
            <numerusform>%n weitere Fehler seitdem.</numerusform>
        </translation>
    </message>
    <message>
        <source>The log file has the details.</source>
        <translation>Die Einzelheiten stehen in der Protokolldatei.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Backups (*.bak *.db);;All files (*)</source>
        <translation>Sicherungen (*.bak *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Mission Tracker databases (*.db *.sqlite);;All files (*)</source>
        <translation>Mission-Tracker-Datenbanken (*.db *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open a Mission Tracker database</source>
        <translation>Mission-Tracker-Datenbank öffnen</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>Not opened: {0}</source>
        <translation>Nicht geöffnet: {0}</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
    <message>
        <source>Opened {0}</source>
        <translation>{0} geöffnet</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Datenbank sichern</translation>
    </message>
    <message>
        <source>SQLite databases (*.db)</source>
        <translation>SQLite-Datenbanken (*.db)</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>No backup was written: {0}</source>
        <translation>Es wurde keine Sicherung geschrieben: {0}</translation>
    </message>
    <message>
        <source>Backed up to {0}</source>
        <translation>Gesichert nach {0}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Nothing was restored: {0}</source>
        <translation>Nichts wurde wiederhergestellt: {0}</translation>
    </message>
    <message>
        <source>Restored {0}; what it replaced is saved as {1}</source>
        <translation>{0} wiederhergestellt; der vorige Stand ist als {1} gespeichert</translation>
    </message>
    <message>
        <source>Restored {0}</source>
        <translation>{0} wiederhergestellt</translation>
    </message>
    <message>
        <source>Export upcoming launches as a calendar</source>
        <translation>Kommende Starts als Kalender exportieren</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <source>Nothing was written: {0}</source>
        <translation>Nichts wurde geschrieben: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n launches to {0}</source>
        <translation>
            <numerusform>%n Start nach {0} geschrieben</numerusform>
            <numerusform>%n Starts nach {0} geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored. What it replaced was saved as {0}.</source>
        <translation>Wiederhergestellt. Der vorige Stand wurde als {0} gespeichert.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>a server database has no file to go back to</source>
        <translation>eine Server-Datenbank hat keine Datei, zu der man zurückkehren könnte</translation>
    </message>
    <message>
        <source>no backup could be taken before it ({0})</source>
        <translation>vorher konnte keine Sicherung angelegt werden ({0})</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Import abgebrochen: nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Nothing was imported: {0}</source>
        <translation>Nichts wurde importiert: {0}</translation>
    </message>
    <message>
        <source>Nothing was imported: unexpected error: {0}</source>
        <translation>Nichts wurde importiert: unerwarteter Fehler: {0}</translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation>{0} wird importiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import Launch Library 2 data or an archive</source>
        <translation>Launch-Library-2-Daten oder ein Archiv importieren</translation>
    </message>
    <message>
        <source>Launch Library 2 or archive JSON (*.json);;All files (*)</source>
        <translation>Launch Library 2 oder Archiv-JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export everything to an archive</source>
        <translation>Alles in ein Archiv exportieren</translation>
    </message>
    <message>
        <source>Mission Tracker archive (*.json)</source>
        <translation>Mission-Tracker-Archiv (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Nothing was written: {0}</source>
        <translation>Nichts wurde geschrieben: {0}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Any agency</source>
        <translation>Alle Agenturen</translation>
    </message>
    <message>
        <source>Any vehicle</source>
        <translation>Alle Fahrzeuge</translation>
    </message>
    <message>
        <source>Any launch site</source>
        <translation>Alle Startplätze</translation>
    </message>
    <message>
        <source>Any destination</source>
        <translation>Alle Ziele</translation>
    </message>
    <message>
        <source>&amp;Crewed only</source>
        <translation>Nur &amp;bemannt</translation>
    </message>
    <message>
        <source>Crewed only</source>
        <translation>Nur bemannt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>NET from</source>
        <translation>NET ab</translation>
    </message>
    <message>
        <source>NET until</source>
        <translation>NET bis</translation>
    </message>
    <message>
        <source>NET &amp;from</source>
        <translation>NET &amp;ab</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>&amp;bis</translation>
    </message>
</context>
<context>
    <name>FilterWords</name>
    <message numerus="yes">
        <source>next %n days</source>
        <translation>
            <numerusform>nächster %n Tag</numerusform>
            <numerusform>nächste %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last %n days</source>
        <translation>
            <numerusform>letzter %n Tag</numerusform>
            <numerusform>letzte %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>today {0:+d} to {1:+d} days</source>
        <translation>heute {0:+d} bis {1:+d} Tage</translation>
    </message>
    <message>
        <source>no filter</source>
        <translation>kein Filter</translation>
    </message>
    <message>
        <source>crewed</source>
        <translation>bemannt</translation>
    </message>
    <message>
        <source>precision {}</source>
        <translation>Genauigkeit {}</translation>
    </message>
    <message>
        <source>from {}</source>
        <translation>ab {}</translation>
    </message>
    <message>
        <source>until {}</source>
        <translation>bis {}</translation>
    </message>
    <message>
        <source>{} to {}</source>
        <translation>{} bis {}</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>&lt;h2&gt;Mission Tracker&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Mission Tracker&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Crewed spaceflight missions, their crews and vehicles, and a countdown to the next launch. Everything is kept in a database on this computer; the app works offline.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bemannte Raumflugmissionen, ihre Besatzungen und Fahrzeuge und ein Countdown zum nächsten Start. Alles liegt in einer Datenbank auf diesem Computer; die App funktioniert auch offline.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The list and the detail&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Liste und Detailansicht&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The list shows every mission; the next launch is in bold and marked &lt;b&gt;&amp;#9664; Next&lt;/b&gt;. Click a column title to sort. Type in the search box (&lt;b&gt;Ctrl+F&lt;/b&gt;) to find missions by name, vehicle, agency, destination or crew; press &lt;b&gt;Down&lt;/b&gt; to move into the results or &lt;b&gt;Return&lt;/b&gt; to take the first match. The scope box beside it and the filter bar (&lt;b&gt;Ctrl+Shift+F&lt;/b&gt;) narrow the list further; &lt;b&gt;Ctrl+Shift+L&lt;/b&gt; clears them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Liste zeigt alle Missionen; der nächste Start ist fett und mit &lt;b&gt;&amp;#9664; Nächster&lt;/b&gt; markiert. Ein Klick auf einen Spaltentitel sortiert. Tippen Sie ins Suchfeld (&lt;b&gt;Strg+F&lt;/b&gt;), um Missionen nach Name, Fahrzeug, Agentur, Ziel oder Besatzung zu finden; &lt;b&gt;Pfeil nach unten&lt;/b&gt; führt in die Ergebnisse, &lt;b&gt;Eingabe&lt;/b&gt; nimmt den ersten Treffer. Die Auswahl daneben und die Filterleiste (&lt;b&gt;Strg+Umschalt+F&lt;/b&gt;) schränken die Liste weiter ein; &lt;b&gt;Strg+Umschalt+L&lt;/b&gt; hebt die Filter auf.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The detail on the right shows the selected mission: its vehicles, schedule, launch window, landing, description and source, its crew and its schedule history. &lt;b&gt;Reschedule&amp;hellip;&lt;/b&gt; moves its NET; the change joins the history.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Detailansicht rechts zeigt die gewählte Mission: Fahrzeuge, Termin, Startfenster, Landung, Beschreibung und Quelle, Besatzung und Terminverlauf. &lt;b&gt;Verschieben&amp;hellip;&lt;/b&gt; ändert das NET; die Änderung kommt in den Verlauf.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Crews&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Besatzungen&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Pick a person and a role under &lt;i&gt;Crew&lt;/i&gt; and choose &lt;b&gt;Add to crew&lt;/b&gt;, or drag a person from the People panel (&lt;b&gt;View &amp;#9656; People&lt;/b&gt;) onto the roster or onto a mission in the list. Drag rows (or &lt;b&gt;Alt+Up&lt;/b&gt;/&lt;b&gt;Alt+Down&lt;/b&gt;) to reorder, double-click a role to change it, &lt;b&gt;Delete&lt;/b&gt; to remove. A roster over its spacecraft&apos;s capacity, the same person twice, or a person on two overlapping flights is refused, and nothing is half-saved. Every change can be undone (&lt;b&gt;Ctrl+Z&lt;/b&gt;) and redone.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie unter &lt;i&gt;Besatzung&lt;/i&gt; eine Person und eine Rolle und dann &lt;b&gt;Zur Besatzung hinzufügen&lt;/b&gt;, oder ziehen Sie eine Person aus dem Personen-Bereich (&lt;b&gt;Ansicht &amp;#9656; Personen&lt;/b&gt;) auf die Besatzungsliste oder auf eine Mission in der Liste. Zeilen ziehen (oder &lt;b&gt;Alt+Hoch&lt;/b&gt;/&lt;b&gt;Alt+Runter&lt;/b&gt;) ordnet um, ein Doppelklick auf eine Rolle ändert sie, &lt;b&gt;Entf&lt;/b&gt; entfernt. Mehr Besatzung als das Raumschiff fasst, dieselbe Person zweimal oder eine Person auf zwei sich überschneidenden Flügen wird abgelehnt, und nichts wird halb gespeichert. Jede Änderung lässt sich rückgängig machen (&lt;b&gt;Strg+Z&lt;/b&gt;) und wiederholen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The clock and the data&apos;s age&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Die Uhr und das Alter der Daten&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The countdown above the list follows the next launch. &lt;b&gt;View &amp;#9656; Clock&lt;/b&gt; sets the clock to live time or runs a simulated clock from a moment you choose. The default data describes the world as of 27 October 2021, so the window starts on that moment, with Crew-3 counting down, until you choose live time or update the data.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Countdown über der Liste folgt dem nächsten Start. &lt;b&gt;Ansicht &amp;#9656; Uhr&lt;/b&gt; stellt die Uhr auf Echtzeit oder lässt eine simulierte Uhr ab einem gewählten Zeitpunkt laufen. Die Standarddaten beschreiben die Welt am 27. Oktober 2021; daher beginnt das Fenster zu diesem Zeitpunkt mit dem Countdown für Crew-3, bis Sie Echtzeit wählen oder die Daten aktualisieren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Staying current&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Auf dem neuesten Stand bleiben&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;File &amp;#9656; Update Now&lt;/b&gt; (&lt;b&gt;F5&lt;/b&gt;) fetches the upcoming launches from Launch Library 2, within its free budget of requests; once you have updated, the app keeps the data current in the background. The status bar says when it last updated and when it will next; offline is normal and changes nothing. &lt;b&gt;View &amp;#9656; Changes&lt;/b&gt; lists what the updates changed, newest first.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Datei &amp;#9656; Jetzt aktualisieren&lt;/b&gt; (&lt;b&gt;F5&lt;/b&gt;) holt die kommenden Starts aus Launch Library 2, im Rahmen der kostenlosen Anfragen; nach der ersten Aktualisierung hält die App die Daten im Hintergrund aktuell. Die Statusleiste zeigt, wann zuletzt und wann als Nächstes aktualisiert wird; offline ist normal und ändert nichts. &lt;b&gt;Ansicht &amp;#9656; Änderungen&lt;/b&gt; listet, was die Aktualisierungen geändert haben, neueste zuerst.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Files&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Dateien&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;File &amp;#9656; Import&lt;/b&gt; reads Launch Library 2 JSON or an archive; the summary can undo the import while nothing else has changed. &lt;b&gt;Export Archive&lt;/b&gt; writes everything to one JSON file, &lt;b&gt;Export Calendar&lt;/b&gt; the upcoming launches as an iCalendar file. &lt;b&gt;Back Up&lt;/b&gt; and &lt;b&gt;Restore a Backup&lt;/b&gt; work on the whole database; a copy of what a restore replaces is kept beside it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Datei &amp;#9656; Importieren&lt;/b&gt; liest Launch-Library-2-JSON oder ein Archiv; die Zusammenfassung kann den Import rückgängig machen, solange sich sonst nichts geändert hat. &lt;b&gt;Archiv exportieren&lt;/b&gt; schreibt alles in eine JSON-Datei, &lt;b&gt;Kalender exportieren&lt;/b&gt; die kommenden Starts als iCalendar-Datei. &lt;b&gt;Sichern&lt;/b&gt; und &lt;b&gt;Sicherung wiederherstellen&lt;/b&gt; arbeiten mit der ganzen Datenbank; eine Kopie dessen, was eine Wiederherstellung ersetzt, bleibt daneben erhalten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Reminders&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Erinnerungen&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Crewed missions are followed: a reminder comes at the lead times set in &lt;b&gt;View &amp;#9656; Reminders&lt;/b&gt; (for example &lt;i&gt;24 h, 1 h, 10 min&lt;/i&gt;). Untick &lt;i&gt;Remind me before launch&lt;/i&gt; in the detail to stop following one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bemannte Missionen werden verfolgt: Eine Erinnerung kommt zu den Vorlaufzeiten aus &lt;b&gt;Ansicht &amp;#9656; Erinnerungen&lt;/b&gt; (zum Beispiel &lt;i&gt;24 h, 1 h, 10 min&lt;/i&gt;). Entfernen Sie in der Detailansicht das Häkchen bei &lt;i&gt;Vor dem Start erinnern&lt;/i&gt;, um einer Mission nicht mehr zu folgen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Language&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Sprache&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The window speaks the system&apos;s language when it knows it (English, German, Russian or Japanese); &lt;b&gt;View &amp;#9656; Language&lt;/b&gt; chooses another, from the next start. The command line and its JSON stay in English, for scripts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das Fenster spricht die Sprache des Systems, wenn es sie kennt (Englisch, Deutsch, Russisch oder Japanisch); &lt;b&gt;Ansicht &amp;#9656; Sprache&lt;/b&gt; wählt eine andere, ab dem nächsten Start. Die Befehlszeile und ihr JSON bleiben für Skripte auf Englisch.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every shortcut is listed under &lt;b&gt;Help &amp;#9656; Keyboard Shortcuts&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Alle Tastenkürzel stehen unter &lt;b&gt;Hilfe &amp;#9656; Tastenkürzel&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Mission Tracker User Guide</source>
        <translation>Mission Tracker — Anleitung</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Anleitung</translation>
    </message>
</context>
<context>
    <name>ImageLabel</name>
    <message>
        <source>Mission patch</source>
        <translation>Missionsabzeichen</translation>
    </message>
    <message>
        <source>Vehicle image</source>
        <translation>Fahrzeugbild</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Porträt</translation>
    </message>
    <message>
        <source>Agency logo</source>
        <translation>Agenturlogo</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Angezeigt</translation>
    </message>
    <message>
        <source>No image available</source>
        <translation>Kein Bild verfügbar</translation>
    </message>
</context>
<context>
    <name>ImageSlot</name>
    <message>
        <source>Picture of {0}</source>
        <translation>Bild von {0}</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Imported {0}</source>
        <translation>{0} importiert</translation>
    </message>
    <message>
        <source>What the import did</source>
        <translation>Was der Import bewirkt hat</translation>
    </message>
    <message>
        <source>NETs moved: {0}</source>
        <translation>Verschobene NETs: {0}</translation>
    </message>
    <message>
        <source>No NET moved.</source>
        <translation>Kein NET verschoben.</translation>
    </message>
    <message>
        <source>Skipped, and why</source>
        <translation>Übersprungen, und warum</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>Diesen Import &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Other edits came after the import: undo them first.</source>
        <translation>Nach dem Import kamen weitere Änderungen: Machen Sie diese zuerst rückgängig.</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>Import rückgängig gemacht</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>Import {0}</source>
        <translation>{0} importieren</translation>
    </message>
    <message>
        <source>This import cannot be undone: {0}.</source>
        <translation>Dieser Import lässt sich nicht rückgängig machen: {0}.</translation>
    </message>
    <message>
        <source>The database has changed since (an edit, an update or another window), and going back would lose that change, so nothing was undone. To go back anyway, restore {0} (File ▸ Restore a Backup).</source>
        <translation>Die Datenbank hat sich seitdem geändert (eine Bearbeitung, eine Aktualisierung oder ein anderes Fenster), und ein Zurückgehen würde diese Änderung verlieren; daher wurde nichts rückgängig gemacht. Um trotzdem zurückzugehen, stellen Sie {0} wieder her (Datei ▸ Sicherung wiederherstellen).</translation>
    </message>
    <message>
        <source>what the import brought was not kept</source>
        <translation>was der Import brachte, wurde nicht aufbewahrt</translation>
    </message>
    <message>
        <source>Skipped, and why:</source>
        <translation>Übersprungen, und warum:</translation>
    </message>
    <message>
        <source>Your values kept (the file differs):</source>
        <translation>Ihre Werte beibehalten (die Datei weicht ab):</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Hinweise:</translation>
    </message>
</context>
<context>
    <name>InstantEdit</name>
    <message>
        <source>yyyy-MM-dd HH:mm:ss &apos;UTC&apos;</source>
        <translation>dd.MM.yyyy HH:mm:ss &apos;UTC&apos;</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
</context>
<context>
    <name>Landing</name>
    <message>
        <source>Landed</source>
        <translation>Gelandet</translation>
    </message>
    <message>
        <source>Crew lost</source>
        <translation>Besatzung verloren</translation>
    </message>
    <message>
        <source>In orbit</source>
        <translation>Im Orbit</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Mission Tracker will use this language from its next start.</source>
        <translation>Mission Tracker verwendet diese Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Mission Tracker will follow the system&apos;s language from its next start.</source>
        <translation>Mission Tracker folgt ab dem nächsten Start der Sprache des Systems.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>LeadTimesDialog</name>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Remind me this long before each followed launch, e.g. 24 h, 1 h, 10 min (also 1 d, 30 min, 2 h 30 min).
Crewed missions are followed unless you untick “Remind me”.</source>
        <translation>So lange vor jedem verfolgten Start erinnern, z. B. 24 h, 1 h, 10 min (auch 1 d, 30 min, 2 h 30 min).
Bemannte Missionen werden verfolgt, außer Sie entfernen das Häkchen bei „Vor dem Start erinnern“.</translation>
    </message>
    <message>
        <source>Reminder lead times</source>
        <translation>Vorlaufzeiten der Erinnerungen</translation>
    </message>
</context>
<context>
    <name>LinkList</name>
    <message>
        <source>Webcasts and links</source>
        <translation>Webcasts und Links</translation>
    </message>
    <message>
        <source>Not opened: {0} is not a web address (http or https)</source>
        <translation>Nicht geöffnet: {0} ist keine Webadresse (http oder https)</translation>
    </message>
    <message>
        <source>Could not open {0}: no browser answered</source>
        <translation>{0} konnte nicht geöffnet werden: kein Browser hat reagiert</translation>
    </message>
</context>
<context>
    <name>LinkListModel</name>
    <message>
        <source>Webcast, live: {0}</source>
        <translation>Webcast, live: {0}</translation>
    </message>
    <message>
        <source>Webcast: {0}</source>
        <translation>Webcast: {0}</translation>
    </message>
    <message>
        <source>Link: {0}</source>
        <translation>Link: {0}</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>LIVE</source>
        <translation>LIVE</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <source>Search missions</source>
        <translation>Missionen suchen</translation>
    </message>
    <message>
        <source>Search missions…  (Ctrl+F)</source>
        <translation>Missionen suchen…  (Strg+F)</translation>
    </message>
    <message>
        <source>Finds missions by name, vehicle, agency, destination or crew member; Down or Return moves into the results</source>
        <translation>Findet Missionen nach Name, Fahrzeug, Agentur, Ziel oder Besatzungsmitglied; Pfeil nach unten oder Eingabe führt in die Ergebnisse</translation>
    </message>
    <message>
        <source>Show missions</source>
        <translation>Missionen zeigen</translation>
    </message>
    <message>
        <source>All missions</source>
        <translation>Alle Missionen</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Bevorstehend</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Vergangen</translation>
    </message>
    <message>
        <source>&amp;Filter Bar</source>
        <translation>&amp;Filterleiste</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Show or hide the filter bar (Ctrl+Shift+F)</source>
        <translation>Filterleiste ein- oder ausblenden (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Show every mission: clear the filters, the search and the scope</source>
        <translation>Alle Missionen zeigen: Filter, Suche und Auswahl zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Save View…</source>
        <translation>Ansicht &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Manage Views…</source>
        <translation>Ansichten &amp;verwalten…</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Filters and saved views</source>
        <translation>Filter und gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Keep the current filter and search as:</source>
        <translation>Aktuellen Filter und Suche speichern als:</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %Ln missions</source>
        <translation>
            <numerusform>{0} von %Ln Mission</numerusform>
            <numerusform>{0} von %Ln Missionen</numerusform>
        </translation>
    </message>
    <message>
        <source>Filtered: {0} — {1}</source>
        <translation>Gefiltert: {0} — {1}</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Missionen</translation>
    </message>
</context>
<context>
    <name>LiveData</name>
    <message numerus="yes">
        <source>{0} and %n more</source>
        <translation>
            <numerusform>{0} und %n weitere</numerusform>
            <numerusform>{0} und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Updating from Launch Library 2…</source>
        <translation>Aktualisierung aus Launch Library 2…</translation>
    </message>
    <message>
        <source>Updated from Launch Library 2: {0} new, {1} updated</source>
        <translation>Aus Launch Library 2 aktualisiert: {0} neu, {1} geändert</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>Datenbank: {0}</translation>
    </message>
    <message>
        <source>Could not read missions: {0}</source>
        <translation>Missionen konnten nicht gelesen werden: {0}</translation>
    </message>
    <message>
        <source>Updated with changes made elsewhere</source>
        <translation>Mit anderswo gemachten Änderungen aktualisiert</translation>
    </message>
    <message numerus="yes">
        <source>Reading %Ln missions… ({0} so far)</source>
        <translation>
            <numerusform>Lese %Ln Mission… ({0} bisher)</numerusform>
            <numerusform>Lese %Ln Missionen… ({0} bisher)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln missions</source>
        <translation>
            <numerusform>%Ln Mission</numerusform>
            <numerusform>%Ln Missionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of %Ln missions shown</source>
        <translation>
            <numerusform>{0} von %Ln Mission angezeigt</numerusform>
            <numerusform>{0} von %Ln Missionen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>About Mission Tracker</source>
        <translation>Über Mission Tracker</translation>
    </message>
    <message>
        <source>&lt;p&gt;Crewed spaceflight missions, crews, vehicles and launch countdowns. Works offline; your data stays yours.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bemannte Raumflugmissionen, Besatzungen, Fahrzeuge und Start-Countdowns. Funktioniert offline; Ihre Daten bleiben Ihre.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ManageViews</name>
    <message>
        <source>Saved Views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>MentionLink</name>
    <message>
        <source>Double-click (or Enter) to open its page</source>
        <translation>Doppelklick (oder Eingabe) öffnet die Seite</translation>
    </message>
    <message>
        <source>Press Enter to open its page</source>
        <translation>Eingabe öffnet die Seite</translation>
    </message>
    <message>
        <source>Open &amp;Page</source>
        <translation>&amp;Seite öffnen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Export Archive…</source>
        <translation>Archiv &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;Calendar…</source>
        <translation>&amp;Kalender exportieren…</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>&amp;Sichern…</translation>
    </message>
    <message>
        <source>&amp;Restore a Backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Update Now</source>
        <translation>&amp;Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>Fetch the current launches from Launch Library 2 (F5)</source>
        <translation>Aktuelle Starts aus Launch Library 2 abrufen (F5)</translation>
    </message>
    <message>
        <source>Update &amp;Automatically</source>
        <translation>&amp;Automatisch aktualisieren</translation>
    </message>
    <message>
        <source>&amp;New Mission…</source>
        <translation>&amp;Neue Mission…</translation>
    </message>
    <message>
        <source>&amp;Edit Mission…</source>
        <translation>Mission &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete Mission…</source>
        <translation>Mission &amp;löschen…</translation>
    </message>
    <message>
        <source>People, &amp;Vehicles and Agencies…</source>
        <translation>Personen, &amp;Fahrzeuge und Agenturen…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Countdown (clock mode)</source>
        <translation>&amp;Countdown (Uhrmodus)</translation>
    </message>
    <message>
        <source>Clock mode &amp;full screen</source>
        <translation>Uhrmodus im &amp;Vollbild</translation>
    </message>
    <message>
        <source>C&amp;lock…</source>
        <translation>&amp;Uhr…</translation>
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation>&amp;Erinnerungen…</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <source>Edit &amp;history</source>
        <translation>Bearbeitungsver&amp;lauf</translation>
    </message>
    <message>
        <source>&amp;Changes</source>
        <translation>Ä&amp;nderungen</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>&amp;Anleitung</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Re&amp;schedule…</source>
        <translation>&amp;Verschieben…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Database File…</source>
        <translation>Datenbank&amp;datei öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Team Database…</source>
        <translation>&amp;Team-Datenbank öffnen…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>S&amp;tatistik…</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Werkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Mission Tracker</source>
        <translation>Ü&amp;ber Mission Tracker</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Mission Tracker</source>
        <translation>Mission Tracker</translation>
    </message>
</context>
<context>
    <name>MissionDetailView</name>
    <message>
        <source>Spacecraft:</source>
        <translation>Raumschiff:</translation>
    </message>
    <message>
        <source>Launcher:</source>
        <translation>Trägerrakete:</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>Betreiber:</translation>
    </message>
    <message>
        <source>Launch site:</source>
        <translation>Startplatz:</translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>NET:</source>
        <translation>NET:</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Startfenster:</translation>
    </message>
    <message>
        <source>Landing:</source>
        <translation>Landung:</translation>
    </message>
    <message>
        <source>NET passed: no reminder to give</source>
        <translation>NET verstrichen: keine Erinnerung mehr</translation>
    </message>
    <message>
        <source>On hold: reminders wait until the count resumes</source>
        <translation>Angehalten: Erinnerungen warten, bis der Countdown weiterläuft</translation>
    </message>
    <message>
        <source>A day ahead; nearer reminders once the launch time is known</source>
        <translation>Einen Tag vorher; nähere Erinnerungen, sobald die Startzeit bekannt ist</translation>
    </message>
    <message>
        <source>Reminders start once the NET is known to the day</source>
        <translation>Erinnerungen beginnen, sobald das NET auf den Tag bekannt ist</translation>
    </message>
    <message>
        <source>Mission detail</source>
        <translation>Missionsdetails</translation>
    </message>
    <message>
        <source>Webcasts and links</source>
        <translation>Webcasts und Links</translation>
    </message>
    <message>
        <source>Schedule history</source>
        <translation>Terminverlauf</translation>
    </message>
    <message>
        <source>Remind me before launch</source>
        <translation>Vor dem Start erinnern</translation>
    </message>
    <message>
        <source>Notify me at the reminder lead times (View ▸ Reminders…)</source>
        <translation>Zu den Vorlaufzeiten der Erinnerungen benachrichtigen (Ansicht ▸ Erinnerungen…)</translation>
    </message>
    <message>
        <source>Mark as…</source>
        <translation>Markieren als…</translation>
    </message>
    <message>
        <source>Set the launch status by hand: a hold, the liftoff, the outcome</source>
        <translation>Startstatus von Hand setzen: ein Halt, der Start, das Ergebnis</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Verschieben…</translation>
    </message>
    <message>
        <source>Move this mission&apos;s NET; the change joins its history</source>
        <translation>Das NET dieser Mission verschieben; die Änderung kommt in ihren Verlauf</translation>
    </message>
    <message>
        <source>Select a mission</source>
        <translation>Mission auswählen</translation>
    </message>
    <message>
        <source> — capsule {0}</source>
        <translation> — Kapsel {0}</translation>
    </message>
    <message>
        <source>{0}  (precision: {1})</source>
        <translation>{0}  (Genauigkeit: {1})</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Keine Beschreibung.</translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation>Quelle: {0}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>not announced</source>
        <translation>nicht bekannt gegeben</translation>
    </message>
</context>
<context>
    <name>MissionTableModel</name>
    <message>
        <source>◀ Next</source>
        <translation>◀ Nächster</translation>
    </message>
    <message>
        <source>Next launch</source>
        <translation>Nächster Start</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>NET</source>
        <translation>NET</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Countdown</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Fahrzeug</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>Besatzung</translation>
    </message>
    <message>
        <source>Slips</source>
        <translation>Verschiebungen</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Betreiber</translation>
    </message>
    <message>
        <source>{0}: the next launch</source>
        <translation>{0}: der nächste Start</translation>
    </message>
    <message numerus="yes">
        <source>The NET moved %n times; the detail view shows the history</source>
        <translation>
            <numerusform>Das NET wurde %n-mal verschoben; die Detailansicht zeigt den Verlauf</numerusform>
            <numerusform>Das NET wurde %n-mal verschoben; die Detailansicht zeigt den Verlauf</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationBar</name>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>Dismiss reminder</source>
        <translation>Erinnerung schließen</translation>
    </message>
</context>
<context>
    <name>PageTableModel</name>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Landing</source>
        <translation>Landung</translation>
    </message>
    <message>
        <source>Time in space</source>
        <translation>Zeit im All</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>Besatzung</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Fahrzeug</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Missionen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Crew capacity</source>
        <translation>Besatzungskapazität</translation>
    </message>
</context>
<context>
    <name>PagesWindow</name>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to the page before (Alt+Left)</source>
        <translation>Zurück zur vorigen Seite (Alt+Links)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vor</translation>
    </message>
    <message>
        <source>Forward to the next page (Alt+Right)</source>
        <translation>Vor zur nächsten Seite (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>{0} — Mission Tracker</source>
        <translation>{0} — Mission Tracker</translation>
    </message>
    <message>
        <source>This person is no longer in the database.</source>
        <translation>Diese Person ist nicht mehr in der Datenbank.</translation>
    </message>
    <message>
        <source>This vehicle is no longer in the database.</source>
        <translation>Dieses Fahrzeug ist nicht mehr in der Datenbank.</translation>
    </message>
    <message>
        <source>This agency is no longer in the database.</source>
        <translation>Diese Agentur ist nicht mehr in der Datenbank.</translation>
    </message>
    <message>
        <source>Mission Tracker</source>
        <translation>Mission Tracker</translation>
    </message>
</context>
<context>
    <name>PeopleDock</name>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Filter people…</source>
        <translation>Personen filtern…</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>Personen filtern</translation>
    </message>
    <message>
        <source>People: drag one onto a crew roster</source>
        <translation>Personen: eine auf eine Besatzungsliste ziehen</translation>
    </message>
    <message>
        <source>Drag a person onto the crew roster to add them; double-click for their page</source>
        <translation>Eine Person auf die Besatzungsliste ziehen, um sie hinzuzufügen; Doppelklick öffnet ihre Seite</translation>
    </message>
    <message>
        <source>Open Person &amp;Page</source>
        <translation>&amp;Seite der Person öffnen</translation>
    </message>
</context>
<context>
    <name>PeopleListModel</name>
    <message numerus="yes">
        <source>%n missions</source>
        <translation>
            <numerusform>%n Mission</numerusform>
            <numerusform>%n Missionen</numerusform>
        </translation>
    </message>
    <message>
        <source>no flights yet</source>
        <translation>noch keine Flüge</translation>
    </message>
    <message>
        <source>nationality unknown</source>
        <translation>Staatsangehörigkeit unbekannt</translation>
    </message>
    <message>
        <source>{0} — {1}, {2}; {3}</source>
        <translation>{0} — {1}, {2}; {3}</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>Agency:</source>
        <translation>Agentur:</translation>
    </message>
    <message>
        <source>Nationality:</source>
        <translation>Staatsangehörigkeit:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>First flight:</source>
        <translation>Erster Flug:</translation>
    </message>
    <message>
        <source>Time in space:</source>
        <translation>Zeit im All:</translation>
    </message>
    <message>
        <source>Flights</source>
        <translation>Flüge</translation>
    </message>
    <message>
        <source>Double-click a flight to show its mission</source>
        <translation>Doppelklick auf einen Flug zeigt seine Mission</translation>
    </message>
    <message>
        <source>Private (no agency)</source>
        <translation>Privat (keine Agentur)</translation>
    </message>
    <message>
        <source>Open the agency&apos;s page</source>
        <translation>Seite der Agentur öffnen</translation>
    </message>
    <message>
        <source>Not flown yet</source>
        <translation>Noch nicht geflogen</translation>
    </message>
    <message>
        <source>Show this mission in the main window</source>
        <translation>Diese Mission im Hauptfenster zeigen</translation>
    </message>
    <message numerus="yes">
        <source>%n flown</source>
        <translation>
            <numerusform>%n geflogen</numerusform>
            <numerusform>%n geflogen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not flown yet</source>
        <translation>
            <numerusform>%n noch nicht geflogen</numerusform>
            <numerusform>%n noch nicht geflogen</numerusform>
        </translation>
    </message>
    <message>
        <source>Flights ({0})</source>
        <translation>Flüge ({0})</translation>
    </message>
    <message>
        <source>{0} — in space now, counting</source>
        <translation>{0} — jetzt im All, es zählt weiter</translation>
    </message>
</context>
<context>
    <name>PersonState</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Im Ruhestand</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Verstorben</translation>
    </message>
    <message>
        <source>In-Training</source>
        <translation>In Ausbildung</translation>
    </message>
    <message>
        <source>Lost In Flight</source>
        <translation>Im Flug verunglückt</translation>
    </message>
</context>
<context>
    <name>Precision</name>
    <message>
        <source>Second</source>
        <translation>Sekunde</translation>
    </message>
    <message>
        <source>Minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Vormittag</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Nachmittag</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Q1</source>
        <translation>Q1</translation>
    </message>
    <message>
        <source>Q2</source>
        <translation>Q2</translation>
    </message>
    <message>
        <source>Q3</source>
        <translation>Q3</translation>
    </message>
    <message>
        <source>Q4</source>
        <translation>Q4</translation>
    </message>
    <message>
        <source>H1</source>
        <translation>1. Halbjahr</translation>
    </message>
    <message>
        <source>H2</source>
        <translation>2. Halbjahr</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Fiscal Year</source>
        <translation>Haushaltsjahr</translation>
    </message>
    <message>
        <source>Decade</source>
        <translation>Jahrzehnt</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>&amp;Other…</source>
        <translation>&amp;Andere…</translation>
    </message>
    <message>
        <source>&amp;UTC</source>
        <translation>&amp;UTC</translation>
    </message>
    <message>
        <source>&amp;Local time</source>
        <translation>&amp;Ortszeit</translation>
    </message>
    <message>
        <source>&amp;Other ({0})…</source>
        <translation>&amp;Andere ({0})…</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Show times in this zone (e.g. Europe/Berlin, America/New_York):</source>
        <translation>Zeiten in dieser Zone anzeigen (z. B. Europe/Berlin, America/New_York):</translation>
    </message>
    <message>
        <source>Unknown time zone: {0}</source>
        <translation>Unbekannte Zeitzone: {0}</translation>
    </message>
    <message>
        <source>&amp;Follow the system</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>Delete Mission</source>
        <translation>Mission löschen</translation>
    </message>
    <message>
        <source>Deleted {0} — Undo (Ctrl+Z) brings it back</source>
        <translation>{0} gelöscht — Rückgängig (Strg+Z) holt sie zurück</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agentur</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Missionen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Betreiber</translation>
    </message>
    <message>
        <source>Crew capacity</source>
        <translation>Besatzungskapazität</translation>
    </message>
    <message>
        <source>First crewed flight</source>
        <translation>Erster bemannter Flug</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>Abkürzung</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
</context>
<context>
    <name>RecordsDialog</name>
    <message>
        <source>People, vehicles and agencies</source>
        <translation>Personen, Fahrzeuge und Agenturen</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <source>&amp;Vehicles</source>
        <translation>&amp;Fahrzeuge</translation>
    </message>
    <message>
        <source>&amp;Agencies</source>
        <translation>A&amp;genturen</translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <source>Filter…</source>
        <translation>Filtern…</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Open &amp;Page</source>
        <translation>&amp;Seite öffnen</translation>
    </message>
    <message>
        <source>Open the page of the selected record</source>
        <translation>Seite des gewählten Eintrags öffnen</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Mission Tracker cannot open its database</source>
        <translation>Mission Tracker kann seine Datenbank nicht öffnen</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>Die Datenbank konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Newest backup: {0}</source>
        <translation>Neueste Sicherung: {0}</translation>
    </message>
    <message>
        <source>The file was not changed.</source>
        <translation>Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Open Another File…</source>
        <translation>Andere Datei öffnen…</translation>
    </message>
    <message>
        <source>Restore a Backup…</source>
        <translation>Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <source>Mission Tracker: no launch ahead</source>
        <translation>Mission Tracker: kein Start in Sicht</translation>
    </message>
    <message>
        <source>Next launch: {0} · NET {1}</source>
        <translation>Nächster Start: {0} · NET {1}</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>{0} is launching now</source>
        <translation>{0} startet jetzt</translation>
    </message>
    <message>
        <source>{0} launches in {1}</source>
        <translation>{0} startet in {1}</translation>
    </message>
    <message>
        <source>{0} launches today</source>
        <translation>{0} startet heute</translation>
    </message>
    <message>
        <source>{0} launches tomorrow</source>
        <translation>{0} startet morgen</translation>
    </message>
    <message numerus="yes">
        <source>{0} launches in %n days</source>
        <translation>
            <numerusform>{0} startet in %n Tag</numerusform>
            <numerusform>{0} startet in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Reschedule {0}</source>
        <translation>{0} verschieben</translation>
    </message>
    <message>
        <source>{0} is NET {1}. Move it to:</source>
        <translation>{0} ist NET {1}. Verschieben auf:</translation>
    </message>
    <message>
        <source>New NET</source>
        <translation>Neues NET</translation>
    </message>
    <message>
        <source>NET precision</source>
        <translation>NET-Genauigkeit</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>e.g. weather, vehicle processing</source>
        <translation>z. B. Wetter, Fahrzeugvorbereitung</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>New &amp;NET:</source>
        <translation>Neues &amp;NET:</translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation>&amp;Genauigkeit:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>G&amp;rund:</translation>
    </message>
    <message>
        <source>The NET must fall in the years {0} to {1}.</source>
        <translation>Das NET muss in den Jahren {0} bis {1} liegen.</translation>
    </message>
    <message>
        <source>That is the current NET: change the date, time or precision.</source>
        <translation>Das ist das aktuelle NET: Ändern Sie Datum, Uhrzeit oder Genauigkeit.</translation>
    </message>
    <message>
        <source>New NET: {0} ({1})</source>
        <translation>Neues NET: {0} ({1})</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Commander</source>
        <translation>Kommandant</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilot</translation>
    </message>
    <message>
        <source>Mission Specialist</source>
        <translation>Missionsspezialist</translation>
    </message>
    <message>
        <source>Flight Engineer</source>
        <translation>Bordingenieur</translation>
    </message>
    <message>
        <source>Spaceflight Participant</source>
        <translation>Raumflugteilnehmer</translation>
    </message>
    <message>
        <source>Spacecraft Commander</source>
        <translation>Raumschiffkommandant</translation>
    </message>
    <message>
        <source>Joint Operations Commander</source>
        <translation>Kommandant gemeinsamer Operationen</translation>
    </message>
    <message>
        <source>Payload Specialist</source>
        <translation>Nutzlastspezialist</translation>
    </message>
    <message>
        <source>Medical Officer</source>
        <translation>Bordarzt</translation>
    </message>
    <message>
        <source>Tourist</source>
        <translation>Tourist</translation>
    </message>
</context>
<context>
    <name>RosterEditor</name>
    <message>
        <source>Crew</source>
        <translation>Besatzung</translation>
    </message>
    <message>
        <source>Person to add</source>
        <translation>Hinzuzufügende Person</translation>
    </message>
    <message>
        <source>Type a name…</source>
        <translation>Namen eingeben…</translation>
    </message>
    <message>
        <source>Role for the person to add</source>
        <translation>Rolle der hinzuzufügenden Person</translation>
    </message>
    <message>
        <source>Add to crew</source>
        <translation>Zur Besatzung</translation>
    </message>
    <message>
        <source>Add the chosen person with the chosen role (Enter)</source>
        <translation>Die gewählte Person mit der gewählten Rolle hinzufügen (Eingabe)</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>Someone not in the list yet: create them</source>
        <translation>Jemand, der noch nicht in der Liste steht: neu anlegen</translation>
    </message>
    <message>
        <source>Crew roster</source>
        <translation>Besatzungsliste</translation>
    </message>
    <message>
        <source>Drag a row to reorder (or Alt+Up/Alt+Down); double-click a role to change it, a name to open the person&apos;s page; drop a person from the People panel to add them</source>
        <translation>Zeile ziehen zum Umordnen (oder Alt+Hoch/Alt+Runter); Doppelklick auf eine Rolle ändert sie, auf einen Namen öffnet die Seite der Person; eine Person aus dem Personen-Bereich hier ablegen fügt sie hinzu</translation>
    </message>
    <message>
        <source>Open Person &amp;Page</source>
        <translation>&amp;Seite der Person öffnen</translation>
    </message>
    <message>
        <source>Remove from crew</source>
        <translation>Aus der Besatzung entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <source>Crew ({0} of {1})</source>
        <translation>Besatzung ({0} von {1})</translation>
    </message>
    <message>
        <source>Crew ({0})</source>
        <translation>Besatzung ({0})</translation>
    </message>
    <message>
        <source>Change it anyway?</source>
        <translation>Trotzdem ändern?</translation>
    </message>
    <message>
        <source>No person named &apos;{0}&apos;: pick someone from the list.</source>
        <translation>Keine Person namens „{0}“: Wählen Sie jemanden aus der Liste.</translation>
    </message>
    <message>
        <source>Choose a person to add.</source>
        <translation>Wählen Sie eine Person zum Hinzufügen.</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
</context>
<context>
    <name>ServerFault</name>
    <message>
        <source>The change was not made: the team database cannot be reached.</source>
        <translation>Die Änderung wurde nicht vorgenommen: Die Team-Datenbank ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>{problem}

Retry once the server is back, or Cancel to leave it.</source>
        <translation>{problem}

Wiederholen, sobald der Server wieder da ist, oder Abbrechen, um es zu lassen.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>SlipHistoryModel</name>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Auf</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>Changed {0}: NET {1} to {2}, {3}, {4}</source>
        <translation>Geändert {0}: NET {1} auf {2}, {3}, {4}</translation>
    </message>
</context>
<context>
    <name>SlipHistoryView</name>
    <message>
        <source>Schedule changes</source>
        <translation>Terminänderungen</translation>
    </message>
    <message>
        <source> (first NET on record: {0})</source>
        <translation> (erstes erfasstes NET: {0})</translation>
    </message>
</context>
<context>
    <name>Spoken</name>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>T minus {0}</source>
        <translation>T minus {0}</translation>
    </message>
    <message>
        <source>T plus {0}</source>
        <translation>T plus {0}</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>angehalten</translation>
    </message>
    <message numerus="yes">
        <source>T minus %n days, {0}</source>
        <translation>
            <numerusform>T minus %n Tag, {0}</numerusform>
            <numerusform>T minus %n Tage, {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: liftoff</source>
        <translation>{0}: abgehoben</translation>
    </message>
    <message>
        <source>{0}: T minus {1}</source>
        <translation>{0}: T minus {1}</translation>
    </message>
    <message>
        <source>No launch ahead</source>
        <translation>Kein Start in Sicht</translation>
    </message>
    <message>
        <source>Next launch: {0}, {1}</source>
        <translation>Nächster Start: {0}, {1}</translation>
    </message>
</context>
<context>
    <name>StatisticsTableModel</name>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Statistics — Mission Tracker</source>
        <translation>Statistik — Mission Tracker</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Numbers behind the chart</source>
        <translation>Zahlen zum Diagramm</translation>
    </message>
    <message>
        <source>Chart or table</source>
        <translation>Diagramm oder Tabelle</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>&amp;Diagramm</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>Als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <source>Export the chart as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image (Ctrl+E)</source>
        <translation>Diagramm als PNG-Bild speichern (Strg+E)</translation>
    </message>
    <message>
        <source>Export &amp;SVG…</source>
        <translation>Als &amp;SVG exportieren…</translation>
    </message>
    <message>
        <source>Export the chart as SVG</source>
        <translation>Diagramm als SVG exportieren</translation>
    </message>
    <message>
        <source>Save the chart as an SVG drawing (Ctrl+Shift+E)</source>
        <translation>Diagramm als SVG-Zeichnung speichern (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close statistics</source>
        <translation>Statistik schließen</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>PNG exportieren</translation>
    </message>
    <message>
        <source>Export SVG</source>
        <translation>SVG exportieren</translation>
    </message>
    <message>
        <source>Launches per year by outcome</source>
        <translation>Starts pro Jahr nach Ergebnis</translation>
    </message>
    <message>
        <source>Launches by agency</source>
        <translation>Starts nach Agentur</translation>
    </message>
    <message>
        <source>Launches by vehicle</source>
        <translation>Starts nach Fahrzeug</translation>
    </message>
    <message>
        <source>Crewed flights per year</source>
        <translation>Bemannte Flüge pro Jahr</translation>
    </message>
    <message>
        <source>Time in space</source>
        <translation>Zeit im All</translation>
    </message>
    <message>
        <source>Slips</source>
        <translation>Verschiebungen</translation>
    </message>
    <message>
        <source>Reading the statistics…</source>
        <translation>Statistik wird gelesen…</translation>
    </message>
    <message>
        <source>Could not read the statistics: {0}</source>
        <translation>Statistik konnte nicht gelesen werden: {0}</translation>
    </message>
    <message>
        <source>{0}: {1} launched, {2} yet to launch · as of {3}</source>
        <translation>{0}: {1} gestartet, {2} noch ausstehend · Stand {3}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln missions</source>
        <translation>
            <numerusform>%Ln Mission</numerusform>
            <numerusform>%Ln Missionen</numerusform>
        </translation>
    </message>
    <message>
        <source>No missions to count yet.</source>
        <translation>Noch keine Missionen zu zählen.</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Partial failure</source>
        <translation>Teilerfolg</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fehlschlag</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>Im Flug</translation>
    </message>
    <message>
        <source>Yet to launch</source>
        <translation>Noch nicht gestartet</translation>
    </message>
    <message>
        <source>Launches</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Year (UTC, by NET)</source>
        <translation>Jahr (UTC, nach NET)</translation>
    </message>
    <message>
        <source>Flown</source>
        <translation>Geflogen</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Crewed flights</source>
        <translation>Bemannte Flüge</translation>
    </message>
    <message>
        <source>No crewed flights yet.</source>
        <translation>Noch keine bemannten Flüge.</translation>
    </message>
    <message numerus="yes">
        <source>Other (%n more)</source>
        <translation>
            <numerusform>Andere (%n weitere)</numerusform>
            <numerusform>Andere (%n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>(keine erfasst)</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agentur</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Fahrzeug</translation>
    </message>
    <message>
        <source>{0} (in space)</source>
        <translation>{0} (im All)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people who flew</source>
        <translation>
            <numerusform>%Ln Person, die geflogen ist</numerusform>
            <numerusform>%Ln Personen, die geflogen sind</numerusform>
        </translation>
    </message>
    <message>
        <source>Days in space</source>
        <translation>Tage im All</translation>
    </message>
    <message>
        <source>Days in space (a flight still up counts to the clock)</source>
        <translation>Tage im All (ein laufender Flug zählt bis jetzt)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Nobody has flown yet.</source>
        <translation>Noch niemand ist geflogen.</translation>
    </message>
    <message>
        <source>Slips: how far each NET moved</source>
        <translation>Verschiebungen: wie weit sich jedes NET bewegt hat</translation>
    </message>
    <message>
        <source>Days moved</source>
        <translation>Tage verschoben</translation>
    </message>
    <message>
        <source>Days the NET moved (later: right, earlier: left)</source>
        <translation>Tage, um die sich das NET bewegt hat (später: rechts, früher: links)</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>No NET has moved yet.</source>
        <translation>Noch kein NET hat sich bewegt.</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>{0} (top {1} of {2})</source>
        <translation>{0} (Top {1} von {2})</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Nothing was written: {0}</source>
        <translation>Nichts wurde geschrieben: {0}</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>{0} gespeichert</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Go for Launch</source>
        <translation>Startfreigabe</translation>
    </message>
    <message>
        <source>To Be Determined</source>
        <translation>Noch offen</translation>
    </message>
    <message>
        <source>To Be Confirmed</source>
        <translation>Noch zu bestätigen</translation>
    </message>
    <message>
        <source>On Hold</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Launch in Flight</source>
        <translation>Im Flug</translation>
    </message>
    <message>
        <source>Launch Successful</source>
        <translation>Start erfolgreich</translation>
    </message>
    <message>
        <source>Launch Failure</source>
        <translation>Fehlstart</translation>
    </message>
    <message>
        <source>Launch was a Partial Failure</source>
        <translation>Teilweise fehlgeschlagen</translation>
    </message>
    <message>
        <source>Payload Deployed</source>
        <translation>Nutzlast ausgesetzt</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Go</translation>
    </message>
    <message>
        <source>TBD</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>TBC</source>
        <translation>Unbestätigt</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>In Flight</source>
        <translation>Im Flug</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fehlschlag</translation>
    </message>
    <message>
        <source>Partial Failure</source>
        <translation>Teilfehlschlag</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>Ausgesetzt</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>Awaiting update</source>
        <translation>Warte auf Aktualisierung</translation>
    </message>
    <message>
        <source>Liftoff?</source>
        <translation>Abgehoben?</translation>
    </message>
    <message>
        <source>Status: {0}</source>
        <translation>Status: {0}</translation>
    </message>
</context>
<context>
    <name>StatusMenu</name>
    <message>
        <source>Mark as…</source>
        <translation>Markieren als…</translation>
    </message>
    <message>
        <source>Mark as {0}</source>
        <translation>Als {0} markieren</translation>
    </message>
    <message>
        <source>Why is {0} marked {1}? (optional)</source>
        <translation>Warum ist {0} als „{1}“ markiert? (optional)</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>New agency {0}</source>
        <translation>Neue Agentur {0}</translation>
    </message>
    <message>
        <source>New vehicle {0}</source>
        <translation>Neues Fahrzeug {0}</translation>
    </message>
    <message>
        <source>New person {0}</source>
        <translation>Neue Person {0}</translation>
    </message>
    <message>
        <source>New mission {0}</source>
        <translation>Neue Mission {0}</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>{0} bearbeiten</translation>
    </message>
    <message>
        <source>Delete {0}</source>
        <translation>{0} löschen</translation>
    </message>
    <message>
        <source>Mark {0} as {1}</source>
        <translation>{0} als „{1}“ markieren</translation>
    </message>
    <message>
        <source>Could not redo “{0}”: {1}</source>
        <translation>„{0}“ konnte nicht wiederholt werden: {1}</translation>
    </message>
    <message>
        <source>Could not undo “{0}”: {1}</source>
        <translation>„{0}“ konnte nicht rückgängig gemacht werden: {1}</translation>
    </message>
    <message>
        <source>Add {0} as {1}</source>
        <translation>{0} als {1} hinzufügen</translation>
    </message>
    <message>
        <source>Remove {0}</source>
        <translation>{0} entfernen</translation>
    </message>
    <message>
        <source>Move {0} to seat {1}</source>
        <translation>{0} auf Sitz {1}</translation>
    </message>
    <message>
        <source>Make {0} {1}</source>
        <translation>Rolle von {0}: {1}</translation>
    </message>
    <message>
        <source>Reschedule {0}</source>
        <translation>{0} verschieben</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>d MMM HH:mm</source>
        <translation>d. MMM HH:mm</translation>
    </message>
    <message>
        <source>d MMM yyyy HH:mm</source>
        <translation>d. MMM yyyy HH:mm</translation>
    </message>
    <message>
        <source>Rate limited until {0}</source>
        <translation>Anfragelimit bis {0}</translation>
    </message>
    <message>
        <source>Request budget spent — next update {0}</source>
        <translation>Anfragen aufgebraucht — nächste Aktualisierung {0}</translation>
    </message>
    <message>
        <source>Offline — not updated yet</source>
        <translation>Offline — noch nicht aktualisiert</translation>
    </message>
    <message>
        <source>Update failed — not updated yet</source>
        <translation>Aktualisierung fehlgeschlagen — noch nicht aktualisiert</translation>
    </message>
    <message>
        <source>Offline — data as of {0}</source>
        <translation>Offline — Daten vom {0}</translation>
    </message>
    <message>
        <source>Update failed — data as of {0}</source>
        <translation>Aktualisierung fehlgeschlagen — Daten vom {0}</translation>
    </message>
    <message>
        <source>Updated {0}</source>
        <translation>Aktualisiert {0}</translation>
    </message>
    <message>
        <source>Updated {0} · next {1}</source>
        <translation>Aktualisiert {0} · nächste {1}</translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation>Noch nicht aktualisiert</translation>
    </message>
    <message>
        <source>Data as of {0}</source>
        <translation>Daten vom {0}</translation>
    </message>
    <message>
        <source>update cancelled; nothing was changed</source>
        <translation>Aktualisierung abgebrochen; nichts wurde geändert</translation>
    </message>
    <message>
        <source>unexpected error: {0}</source>
        <translation>unerwarteter Fehler: {0}</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Updating from Launch Library 2…</source>
        <translation>Aktualisierung aus Launch Library 2…</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Open Team Database</source>
        <translation>Team-Datenbank öffnen</translation>
    </message>
    <message>
        <source>A PostgreSQL database shared with your team. Leave the password empty to use your .pgpass file or PGPASSWORD.</source>
        <translation>Eine PostgreSQL-Datenbank, die Sie mit Ihrem Team teilen. Lassen Sie das Passwort leer, um Ihre .pgpass-Datei oder PGPASSWORD zu verwenden.</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>SSL mode</source>
        <translation>SSL-Modus</translation>
    </message>
    <message>
        <source>libpq&apos;s default</source>
        <translation>Vorgabe von libpq</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation>SS&amp;L-Modus:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
    <message>
        <source>Which database? Give its name.</source>
        <translation>Welche Datenbank? Geben Sie ihren Namen an.</translation>
    </message>
    <message>
        <source>Connected: the server answers.</source>
        <translation>Verbunden: Der Server antwortet.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>TeamListener</name>
    <message>
        <source>Team database connection lost — reconnecting…</source>
        <translation>Verbindung zur Team-Datenbank verloren — verbinde neu…</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>Show Mission Tracker</source>
        <translation>Mission Tracker anzeigen</translation>
    </message>
    <message>
        <source>Mission Tracker</source>
        <translation>Mission Tracker</translation>
    </message>
</context>
<context>
    <name>UndoDock</name>
    <message>
        <source>Edit history</source>
        <translation>Bearbeitungsverlauf</translation>
    </message>
    <message>
        <source>Choose a step to go back to it</source>
        <translation>Einen Schritt wählen, um dorthin zurückzugehen</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Beim Öffnen</translation>
    </message>
</context>
<context>
    <name>VehicleKind</name>
    <message>
        <source>Spacecraft</source>
        <translation>Raumschiff</translation>
    </message>
    <message>
        <source>Launcher</source>
        <translation>Trägerrakete</translation>
    </message>
</context>
<context>
    <name>VehiclePage</name>
    <message>
        <source>Operator:</source>
        <translation>Betreiber:</translation>
    </message>
    <message>
        <source>Crew capacity:</source>
        <translation>Besatzungskapazität:</translation>
    </message>
    <message>
        <source>First crewed flight:</source>
        <translation>Erster bemannter Flug:</translation>
    </message>
    <message>
        <source>Success rate:</source>
        <translation>Erfolgsquote:</translation>
    </message>
    <message>
        <source>Crew carried:</source>
        <translation>Beförderte Besatzung:</translation>
    </message>
    <message>
        <source>Flights</source>
        <translation>Flüge</translation>
    </message>
    <message>
        <source>Double-click a flight to show its mission</source>
        <translation>Doppelklick auf einen Flug zeigt seine Mission</translation>
    </message>
    <message>
        <source>Open its page</source>
        <translation>Seite öffnen</translation>
    </message>
    <message>
        <source>no finished flights yet</source>
        <translation>noch keine abgeschlossenen Flüge</translation>
    </message>
    <message numerus="yes">
        <source>{0:.0%} ({1} of %n finished flights)</source>
        <translation>
            <numerusform>{0:.0%} ({1} von %n abgeschlossenen Flug)</numerusform>
            <numerusform>{0:.0%} ({1} von %n abgeschlossenen Flügen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seats flown</source>
        <translation>
            <numerusform>%n Sitz geflogen</numerusform>
            <numerusform>%n Sitze geflogen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n different people</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n verschiedene Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Flights (%n)</source>
        <translation>
            <numerusform>Flüge (%n)</numerusform>
            <numerusform>Flüge (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewStore</name>
    <message>
        <source>Crewed to the ISS</source>
        <translation>Bemannt zur ISS</translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation>Nächste 30 Tage</translation>
    </message>
    <message>
        <source>A view needs a name.</source>
        <translation>Eine Ansicht braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is a view named {0} already.</source>
        <translation>Es gibt bereits eine Ansicht namens {0}.</translation>
    </message>
</context>
<context>
    <name>ViewsMenu</name>
    <message>
        <source>F&amp;ilters</source>
        <translation>F&amp;ilter</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>No saved views</source>
        <translation>Keine gespeicherten Ansichten</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm:ss</source>
        <translation>dd.MM.yyyy HH:mm:ss</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>dd.MM.yyyy HH:mm</translation>
    </message>
    <message>
        <source>yyyy-MM-dd ~HH:00</source>
        <translation>dd.MM.yyyy ~HH:00</translation>
    </message>
    <message>
        <source>{0} (morning)</source>
        <translation>{0} (vormittags)</translation>
    </message>
    <message>
        <source>{0} (afternoon)</source>
        <translation>{0} (nachmittags)</translation>
    </message>
    <message>
        <source>week of {0}</source>
        <translation>Woche vom {0}</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>Q{0} {1}</source>
        <translation>Q{0} {1}</translation>
    </message>
    <message>
        <source>H{0} {1}</source>
        <translation>{0}. Hj. {1}</translation>
    </message>
    <message>
        <source>FY {0}</source>
        <translation>HJ {0}</translation>
    </message>
    <message>
        <source>{0}s</source>
        <comment>decade</comment>
        <translation>{0}er</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation>{0} Std.</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} Min.</translation>
    </message>
    <message>
        <source>NET {0}</source>
        <translation>NET {0}</translation>
    </message>
    <message>
        <source>NET passed — awaiting update</source>
        <translation>NET verstrichen — warte auf Aktualisierung</translation>
    </message>
    <message>
        <source>{0}d {1}</source>
        <translation>{0} Tg. {1}</translation>
    </message>
    <message>
        <source>T− {0}</source>
        <translation>T− {0}</translation>
    </message>
    <message>
        <source>T+ {0}</source>
        <translation>T+ {0}</translation>
    </message>
    <message numerus="yes">
        <source>T− %n days · {0}</source>
        <translation>
            <numerusform>T− %n Tag · {0}</numerusform>
            <numerusform>T− %n Tage · {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>This week · {0}</source>
        <translation>Diese Woche · {0}</translation>
    </message>
    <message>
        <source>Today · {0}</source>
        <translation>Heute · {0}</translation>
    </message>
    <message>
        <source>HOLD</source>
        <translation>HALT</translation>
    </message>
    <message>
        <source>Countdown on hold</source>
        <translation>Countdown angehalten</translation>
    </message>
    <message>
        <source>Liftoff — awaiting confirmation</source>
        <translation>Abgehoben — Bestätigung ausstehend</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>Im Flug</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>{0}: no changes to its NET</source>
        <translation>{0}: NET unverändert</translation>
    </message>
    <message numerus="yes">
        <source>{0}: %n changes, slipped {1} in all</source>
        <translation>
            <numerusform>{0}: %n Änderung, insgesamt {1} später</numerusform>
            <numerusform>{0}: %n Änderungen, insgesamt {1} später</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}: %n changes, moved earlier by {1} in all</source>
        <translation>
            <numerusform>{0}: %n Änderung, insgesamt {1} früher</numerusform>
            <numerusform>{0}: %n Änderungen, insgesamt {1} früher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}: %n changes, back to the NET it started from</source>
        <translation>
            <numerusform>{0}: %n Änderung, wieder beim ursprünglichen NET</numerusform>
            <numerusform>{0}: %n Änderungen, wieder beim ursprünglichen NET</numerusform>
        </translation>
    </message>
</context>
</TS>
