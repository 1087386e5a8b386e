<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>AgencyPage</name>
    <message>
        <source>Abbreviation:</source>
        <translation>Сокращение:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Страна:</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Миссии</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Аппараты</translation>
    </message>
    <message>
        <source>Double-click a mission to show it in the main window</source>
        <translation>Двойной щелчок покажет миссию в главном окне</translation>
    </message>
    <message>
        <source>Double-click a person to open their page</source>
        <translation>Двойной щелчок откроет страницу человека</translation>
    </message>
    <message>
        <source>Double-click a vehicle to open its page</source>
        <translation>Двойной щелчок откроет страницу аппарата</translation>
    </message>
    <message>
        <source>Missions, people and vehicles</source>
        <translation>Миссии, люди и аппараты</translation>
    </message>
    <message numerus="yes">
        <source>Missions (%n)</source>
        <translation>
            <numerusform>Миссии (%n)</numerusform>
            <numerusform>Миссии (%n)</numerusform>
            <numerusform>Миссии (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>People (%n)</source>
        <translation>
            <numerusform>Люди (%n)</numerusform>
            <numerusform>Люди (%n)</numerusform>
            <numerusform>Люди (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Vehicles (%n)</source>
        <translation>
            <numerusform>Аппараты (%n)</numerusform>
            <numerusform>Аппараты (%n)</numerusform>
            <numerusform>Аппараты (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangesDock</name>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>Changes the updates brought, newest first</source>
        <translation>Изменения после обновлений, сначала новые</translation>
    </message>
    <message>
        <source>No changes yet: File ▸ Update Now (F5) fetches the launches from Launch Library 2, and what each update changes is listed here.</source>
        <translation>Изменений пока нет: Файл ▸ Обновить сейчас (F5) загружает запуски из Launch Library 2, а изменения каждого обновления появятся здесь.</translation>
    </message>
    <message numerus="yes">
        <source>%n new since you last looked (marked {0})</source>
        <translation>
            <numerusform>%n новое с прошлого просмотра (отмечено {0})</numerusform>
            <numerusform>%n новых с прошлого просмотра (отмечены {0})</numerusform>
            <numerusform>%n новых с прошлого просмотра (отмечены {0})</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new since you last looked.</source>
        <translation>Нового с прошлого просмотра нет.</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <source>New launch</source>
        <translation>Новый запуск</translation>
    </message>
    <message>
        <source>NET moved</source>
        <translation>Дата сдвинута</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>Экипаж</translation>
    </message>
    <message>
        <source>Webcast added</source>
        <translation>Добавлена трансляция</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Миссия</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>New since you last looked</source>
        <translation>Новое с прошлого просмотра</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>the chart could not be encoded as PNG: {0}</source>
        <translation>не удалось закодировать диаграмму в PNG: {0}</translation>
    </message>
</context>
<context>
    <name>ChoiceButton</name>
    <message>
        <source>Any</source>
        <translation>Любой</translation>
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
        <translation>Часы</translation>
    </message>
    <message>
        <source>&amp;Live time</source>
        <translation>&amp;Реальное время</translation>
    </message>
    <message>
        <source>&amp;Simulated clock, running from:</source>
        <translation>&amp;Модельное время, начиная с:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm:ss &apos;UTC&apos;</source>
        <translation>dd.MM.yyyy HH:mm:ss &apos;UTC&apos;</translation>
    </message>
    <message>
        <source>Simulated clock start, in UTC</source>
        <translation>Начало модельного времени, UTC</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>{0} (the default data&apos;s day)</source>
        <translation>{0} (день исходных данных)</translation>
    </message>
    <message>
        <source>A simulated clock starts at the moment you choose and then runs on.</source>
        <translation>Модельное время начинается с выбранного момента и дальше идёт само.</translation>
    </message>
</context>
<context>
    <name>ClockModeWindow</name>
    <message>
        <source>Countdown — Mission Tracker</source>
        <translation>Обратный отсчёт — Mission Tracker</translation>
    </message>
    <message>
        <source>Countdown, clock mode</source>
        <translation>Обратный отсчёт, режим часов</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Обратный отсчёт</translation>
    </message>
    <message>
        <source>No launch ahead</source>
        <translation>Впереди нет запусков</translation>
    </message>
    <message>
        <source>dddd dd MMMM yyyy, HH:mm</source>
        <translation>dddd, d MMMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>Local time: {0} {1}</source>
        <translation>Местное время: {0} {1}</translation>
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
        <translation>В ПОЛЁТЕ</translation>
    </message>
    <message>
        <source>NEXT LAUNCH</source>
        <translation>СЛЕДУЮЩИЙ ЗАПУСК</translation>
    </message>
    <message>
        <source>No crew assigned yet</source>
        <translation>Экипаж ещё не назначен</translation>
    </message>
    <message>
        <source>Simulated clock: {0}</source>
        <translation>Модельное время: {0}</translation>
    </message>
</context>
<context>
    <name>CountdownBanner</name>
    <message>
        <source>Next launch countdown</source>
        <translation>Отсчёт до следующего запуска</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Обратный отсчёт</translation>
    </message>
    <message>
        <source>No launch ahead</source>
        <translation>Впереди нет запусков</translation>
    </message>
    <message>
        <source>No mission in the database is waiting to fly.</source>
        <translation>В базе данных нет миссий, ожидающих старта.</translation>
    </message>
</context>
<context>
    <name>CountsModel</name>
    <message>
        <source>Missions</source>
        <translation>Миссии</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Аппараты</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Агентства</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущено</translation>
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
        <translation>Место</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Агентство</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Double-click or press F2 to change the role</source>
        <translation>Дважды щёлкните или нажмите F2, чтобы сменить роль</translation>
    </message>
</context>
<context>
    <name>DataAge</name>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n год</numerusform>
            <numerusform>%n года</numerusform>
            <numerusform>%n лет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n месяц</numerusform>
            <numerusform>%n месяца</numerusform>
            <numerusform>%n месяцев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n неделю</numerusform>
            <numerusform>%n недели</numerusform>
            <numerusform>%n недель</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n час</numerusform>
            <numerusform>%n часа</numerusform>
            <numerusform>%n часов</numerusform>
        </translation>
    </message>
    <message>
        <source>Default data as of {0} — the clock runs from there</source>
        <translation>Исходные данные на {0} — часы идут с этого момента</translation>
    </message>
    <message>
        <source>The data is {0} old (as of {1}): launches since then are missing and NETs may have moved</source>
        <translation>Данным {0} (на {1}): более поздних запусков нет, а даты могли сдвинуться</translation>
    </message>
    <message>
        <source>The data is {0} old: update it from Launch Library 2 (File ▸ Update Now, F5) to see the launches ahead.</source>
        <translation>Данным {0}: обновите их из Launch Library 2 (Файл ▸ Обновить сейчас, F5), чтобы увидеть предстоящие запуски.</translation>
    </message>
</context>
<context>
    <name>DataAgeBar</name>
    <message>
        <source>The data&apos;s age</source>
        <translation>Возраст данных</translation>
    </message>
    <message>
        <source>Use Live Time</source>
        <translation>Реальное время</translation>
    </message>
    <message>
        <source>Run the clock on the current time (remembered)</source>
        <translation>Часы по текущему времени (запоминается)</translation>
    </message>
    <message>
        <source>Fetch the current launches (File ▸ Update Now, F5)</source>
        <translation>Загрузить текущие запуски (Файл ▸ Обновить сейчас, F5)</translation>
    </message>
    <message>
        <source>Update from Launch Library 2</source>
        <translation>Обновить из Launch Library 2</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Обновление…</translation>
    </message>
</context>
<context>
    <name>DataService</name>
    <message>
        <source>{0} on {1}</source>
        <comment>a database on a server</comment>
        <translation>{0} на {1}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Any date</source>
        <translation>Любая дата</translation>
    </message>
    <message>
        <source>{0} (Delete: any date)</source>
        <translation>{0} (Delete: любая дата)</translation>
    </message>
</context>
<context>
    <name>EditGate</name>
    <message>
        <source>Read-only: {reason}</source>
        <translation>Только чтение: {reason}</translation>
    </message>
    <message>
        <source>Nothing can be changed here</source>
        <translation>Здесь ничего нельзя изменить</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <source>— none —</source>
        <translation>— нет —</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>Всё равно сохранить?</translation>
    </message>
    <message>
        <source>Not saved: confirmation declined.</source>
        <translation>Не сохранено: подтверждение отклонено.</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>Правка: {0}</translation>
    </message>
    <message>
        <source>New agency</source>
        <translation>Новое агентство</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Abbreviation:</source>
        <translation>&amp;Сокращение:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>С&amp;трана:</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Новый человек</translation>
    </message>
    <message>
        <source>Private (no agency)</source>
        <translation>Частное лицо (без агентства)</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Агентство:</translation>
    </message>
    <message>
        <source>N&amp;ationality:</source>
        <translation>&amp;Гражданство:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>New vehicle</source>
        <translation>Новый аппарат</translation>
    </message>
    <message>
        <source>none (a launcher)</source>
        <translation>нет (ракета-носитель)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не задано</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Оператор:</translation>
    </message>
    <message>
        <source>Crew &amp;capacity:</source>
        <translation>&amp;Вместимость экипажа:</translation>
    </message>
    <message>
        <source>&amp;First crewed flight:</source>
        <translation>&amp;Первый пилотируемый полёт:</translation>
    </message>
    <message>
        <source>New mission</source>
        <translation>Новая миссия</translation>
    </message>
    <message>
        <source>not given yet</source>
        <translation>ещё не указано</translation>
    </message>
    <message>
        <source>why the NET moved (kept in the schedule history)</source>
        <translation>почему сдвинулась дата (сохраняется в истории)</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <source>&amp;Spacecraft:</source>
        <translation>&amp;Корабль:</translation>
    </message>
    <message>
        <source>Ca&amp;psule:</source>
        <translation>&amp;Капсула:</translation>
    </message>
    <message>
        <source>&amp;Launcher:</source>
        <translation>&amp;Ракета-носитель:</translation>
    </message>
    <message>
        <source>Launch s&amp;ite:</source>
        <translation>&amp;Место старта:</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Цель:</translation>
    </message>
    <message>
        <source>N&amp;ET:</source>
        <translation>&amp;Не ранее:</translation>
    </message>
    <message>
        <source>NET p&amp;recision:</source>
        <translation>То&amp;чность даты:</translation>
    </message>
    <message>
        <source>&amp;Window opens:</source>
        <translation>&amp;Окно открывается:</translation>
    </message>
    <message>
        <source>Window &amp;closes:</source>
        <translation>Окно &amp;закрывается:</translation>
    </message>
    <message>
        <source>Landin&amp;g:</source>
        <translation>П&amp;осадка:</translation>
    </message>
    <message>
        <source>Descriptio&amp;n:</source>
        <translation>О&amp;писание:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <source>&amp;Reason for a NET change:</source>
        <translation>Причина &amp;переноса:</translation>
    </message>
    <message>
        <source>Give a NET: the earliest the mission may launch, as precisely as it is known (a year is enough: choose the precision Year).</source>
        <translation>Укажите дату «не ранее»: самый ранний возможный старт с известной точностью (достаточно года: выберите точность «Год»).</translation>
    </message>
    <message>
        <source>They come off those crews.</source>
        <translation>Их уберут из этих экипажей.</translation>
    </message>
    <message>
        <source>Those missions keep no record of it.</source>
        <translation>Эти миссии потеряют ссылку на него.</translation>
    </message>
    <message>
        <source>Those records are left without an agency.</source>
        <translation>Эти записи останутся без агентства.</translation>
    </message>
    <message>
        <source>Its crew assignments and schedule history go with it.</source>
        <translation>Вместе с ней удаляются назначения экипажа и история переносов.</translation>
    </message>
    <message>
        <source>Delete {0} anyway? {1} Undo puts it all back.</source>
        <translation>Всё равно удалить {0}? {1} Отмена вернёт всё обратно.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Mission Tracker: unexpected error</source>
        <translation>Mission Tracker: непредвиденная ошибка</translation>
    </message>
    <message>
        <source>Something went wrong that Mission Tracker did not expect. Nothing half-done was saved: the window shows the database as it is now.</source>
        <translation>Произошло то, чего Mission Tracker не ожидал. Ничего незавершённого не сохранено: окно показывает базу данных в её нынешнем виде.</translation>
    </message>
    <message numerus="yes">
        <source>%n more error(s) since.</source>
        <translation>
            <numerusform>С тех пор ещё %n ошибка.</numerusform>
            <numerusform>С тех пор ещё %n ошибки.</numerusform>
            <numerusform>С тех пор ещё %n ошибок.</numerusform>
        </translation>
    </message>
    <message>
        <source>The log file has the details.</source>
        <translation>Подробности — в файле журнала.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Backups (*.bak *.db);;All files (*)</source>
        <translation>Резервные копии (*.bak *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Mission Tracker databases (*.db *.sqlite);;All files (*)</source>
        <translation>Базы данных Mission Tracker (*.db *.sqlite);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Open a Mission Tracker database</source>
        <translation>Открыть базу данных Mission Tracker</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <source>Not opened: {0}</source>
        <translation>Не открыто: {0}</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Открытие…</translation>
    </message>
    <message>
        <source>Opened {0}</source>
        <translation>Открыто: {0}</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Резервная копия базы данных</translation>
    </message>
    <message>
        <source>SQLite databases (*.db)</source>
        <translation>Базы данных SQLite (*.db)</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>No backup was written: {0}</source>
        <translation>Резервная копия не записана: {0}</translation>
    </message>
    <message>
        <source>Backed up to {0}</source>
        <translation>Резервная копия сохранена: {0}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Восстановить из копии</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <source>Nothing was restored: {0}</source>
        <translation>Ничего не восстановлено: {0}</translation>
    </message>
    <message>
        <source>Restored {0}; what it replaced is saved as {1}</source>
        <translation>{0} восстановлена; заменённое сохранено как {1}</translation>
    </message>
    <message>
        <source>Restored {0}</source>
        <translation>Восстановлено: {0}</translation>
    </message>
    <message>
        <source>Export upcoming launches as a calendar</source>
        <translation>Экспорт предстоящих запусков в календарь</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Экспорт календаря</translation>
    </message>
    <message>
        <source>Nothing was written: {0}</source>
        <translation>Ничего не записано: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n launches to {0}</source>
        <translation>
            <numerusform>В {0} записан %n запуск</numerusform>
            <numerusform>В {0} записано %n запуска</numerusform>
            <numerusform>В {0} записано %n запусков</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored. What it replaced was saved as {0}.</source>
        <translation>Восстановлено. Заменённое сохранено как {0}.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>a server database has no file to go back to</source>
        <translation>у серверной базы данных нет файла для возврата</translation>
    </message>
    <message>
        <source>no backup could be taken before it ({0})</source>
        <translation>перед ним не удалось сделать резервную копию ({0})</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Импорт отменён: ничего не изменилось.</translation>
    </message>
    <message>
        <source>Nothing was imported: {0}</source>
        <translation>Ничего не импортировано: {0}</translation>
    </message>
    <message>
        <source>Nothing was imported: unexpected error: {0}</source>
        <translation>Ничего не импортировано: непредвиденная ошибка: {0}</translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation>Импорт {0}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Import Launch Library 2 data or an archive</source>
        <translation>Импорт данных Launch Library 2 или архива</translation>
    </message>
    <message>
        <source>Launch Library 2 or archive JSON (*.json);;All files (*)</source>
        <translation>JSON Launch Library 2 или архива (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Export everything to an archive</source>
        <translation>Экспорт всего в архив</translation>
    </message>
    <message>
        <source>Mission Tracker archive (*.json)</source>
        <translation>Архив Mission Tracker (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Nothing was written: {0}</source>
        <translation>Ничего не записано: {0}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Any agency</source>
        <translation>Любое агентство</translation>
    </message>
    <message>
        <source>Any vehicle</source>
        <translation>Любой аппарат</translation>
    </message>
    <message>
        <source>Any launch site</source>
        <translation>Любое место старта</translation>
    </message>
    <message>
        <source>Any destination</source>
        <translation>Любая цель</translation>
    </message>
    <message>
        <source>&amp;Crewed only</source>
        <translation>Только &amp;пилотируемые</translation>
    </message>
    <message>
        <source>Crewed only</source>
        <translation>Только пилотируемые</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Точность</translation>
    </message>
    <message>
        <source>NET from</source>
        <translation>Не ранее с</translation>
    </message>
    <message>
        <source>NET until</source>
        <translation>Не ранее по</translation>
    </message>
    <message>
        <source>NET &amp;from</source>
        <translation>Дата &amp;с</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>&amp;по</translation>
    </message>
</context>
<context>
    <name>FilterWords</name>
    <message numerus="yes">
        <source>next %n days</source>
        <translation>
            <numerusform>ближайший %n день</numerusform>
            <numerusform>ближайшие %n дня</numerusform>
            <numerusform>ближайшие %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last %n days</source>
        <translation>
            <numerusform>последний %n день</numerusform>
            <numerusform>последние %n дня</numerusform>
            <numerusform>последние %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>today {0:+d} to {1:+d} days</source>
        <translation>сегодня от {0:+d} до {1:+d} дн.</translation>
    </message>
    <message>
        <source>no filter</source>
        <translation>без фильтра</translation>
    </message>
    <message>
        <source>crewed</source>
        <translation>пилотируемые</translation>
    </message>
    <message>
        <source>precision {}</source>
        <translation>точность {}</translation>
    </message>
    <message>
        <source>from {}</source>
        <translation>с {}</translation>
    </message>
    <message>
        <source>until {}</source>
        <translation>по {}</translation>
    </message>
    <message>
        <source>{} to {}</source>
        <translation>{} – {}</translation>
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
        <translation>&lt;p&gt;Пилотируемые космические миссии, их экипажи и аппараты, а также обратный отсчёт до следующего запуска. Всё хранится в базе данных на этом компьютере; приложение работает и без сети.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The list and the detail&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Список и подробности&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The list shows every mission; the next launch is in bold and marked &lt;b&gt;&amp;#9664; Next&lt;/b&gt;. Click a column title to sort. Type in the search box (&lt;b&gt;Ctrl+F&lt;/b&gt;) to find missions by name, vehicle, agency, destination or crew; press &lt;b&gt;Down&lt;/b&gt; to move into the results or &lt;b&gt;Return&lt;/b&gt; to take the first match. The scope box beside it and the filter bar (&lt;b&gt;Ctrl+Shift+F&lt;/b&gt;) narrow the list further; &lt;b&gt;Ctrl+Shift+L&lt;/b&gt; clears them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;В списке показаны все миссии; следующий запуск выделен жирным и отмечен &lt;b&gt;&amp;#9664; Следующий&lt;/b&gt;. Щелчок по заголовку столбца сортирует список. Введите текст в поле поиска (&lt;b&gt;Ctrl+F&lt;/b&gt;), чтобы найти миссии по названию, аппарату, агентству, цели или экипажу; &lt;b&gt;стрелка вниз&lt;/b&gt; переводит к результатам, &lt;b&gt;Enter&lt;/b&gt; выбирает первое совпадение. Поле области рядом с ним и панель фильтров (&lt;b&gt;Ctrl+Shift+F&lt;/b&gt;) сужают список; &lt;b&gt;Ctrl+Shift+L&lt;/b&gt; сбрасывает фильтры.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The detail on the right shows the selected mission: its vehicles, schedule, launch window, landing, description and source, its crew and its schedule history. &lt;b&gt;Reschedule&amp;hellip;&lt;/b&gt; moves its NET; the change joins the history.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Справа показаны подробности выбранной миссии: аппараты, дата, стартовое окно, посадка, описание и источник, экипаж и история переносов. &lt;b&gt;Перенести&amp;hellip;&lt;/b&gt; меняет дату «не ранее»; перенос попадает в историю.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Crews&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Экипажи&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Pick a person and a role under &lt;i&gt;Crew&lt;/i&gt; and choose &lt;b&gt;Add to crew&lt;/b&gt;, or drag a person from the People panel (&lt;b&gt;View &amp;#9656; People&lt;/b&gt;) onto the roster or onto a mission in the list. Drag rows (or &lt;b&gt;Alt+Up&lt;/b&gt;/&lt;b&gt;Alt+Down&lt;/b&gt;) to reorder, double-click a role to change it, &lt;b&gt;Delete&lt;/b&gt; to remove. A roster over its spacecraft&apos;s capacity, the same person twice, or a person on two overlapping flights is refused, and nothing is half-saved. Every change can be undone (&lt;b&gt;Ctrl+Z&lt;/b&gt;) and redone.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Выберите человека и роль в разделе &lt;i&gt;Экипаж&lt;/i&gt; и нажмите &lt;b&gt;Добавить в экипаж&lt;/b&gt; или перетащите человека из панели «Люди» (&lt;b&gt;Вид &amp;#9656; Люди&lt;/b&gt;) в состав экипажа или на миссию в списке. Перетаскивание строк (или &lt;b&gt;Alt+Вверх&lt;/b&gt;/&lt;b&gt;Alt+Вниз&lt;/b&gt;) меняет порядок, двойной щелчок по роли меняет её, &lt;b&gt;Delete&lt;/b&gt; удаляет. Экипаж больше вместимости корабля, один человек дважды или человек на двух пересекающихся полётах не допускаются, и ничего не сохраняется наполовину. Любое изменение можно отменить (&lt;b&gt;Ctrl+Z&lt;/b&gt;) и повторить.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The clock and the data&apos;s age&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Часы и возраст данных&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The countdown above the list follows the next launch. &lt;b&gt;View &amp;#9656; Clock&lt;/b&gt; sets the clock to live time or runs a simulated clock from a moment you choose. The default data describes the world as of 27 October 2021, so the window starts on that moment, with Crew-3 counting down, until you choose live time or update the data.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Отсчёт над списком следит за следующим запуском. &lt;b&gt;Вид &amp;#9656; Часы&lt;/b&gt; переключает часы на реальное время или запускает модельное время с выбранного момента. Исходные данные описывают мир на 27 октября 2021 года, поэтому окно открывается на этом моменте с отсчётом до Crew-3, пока вы не выберете реальное время или не обновите данные.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Staying current&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Актуальные данные&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;File &amp;#9656; Update Now&lt;/b&gt; (&lt;b&gt;F5&lt;/b&gt;) fetches the upcoming launches from Launch Library 2, within its free budget of requests; once you have updated, the app keeps the data current in the background. The status bar says when it last updated and when it will next; offline is normal and changes nothing. &lt;b&gt;View &amp;#9656; Changes&lt;/b&gt; lists what the updates changed, newest first.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Файл &amp;#9656; Обновить сейчас&lt;/b&gt; (&lt;b&gt;F5&lt;/b&gt;) загружает предстоящие запуски из Launch Library 2 в пределах бесплатного лимита запросов; после первого обновления приложение поддерживает данные актуальными в фоне. Строка состояния показывает, когда было последнее обновление и когда будет следующее; работа без сети — это нормально и ничего не меняет. &lt;b&gt;Вид &amp;#9656; Изменения&lt;/b&gt; показывает, что изменили обновления, сначала новые.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Files&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Файлы&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;File &amp;#9656; Import&lt;/b&gt; reads Launch Library 2 JSON or an archive; the summary can undo the import while nothing else has changed. &lt;b&gt;Export Archive&lt;/b&gt; writes everything to one JSON file, &lt;b&gt;Export Calendar&lt;/b&gt; the upcoming launches as an iCalendar file. &lt;b&gt;Back Up&lt;/b&gt; and &lt;b&gt;Restore a Backup&lt;/b&gt; work on the whole database; a copy of what a restore replaces is kept beside it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Файл &amp;#9656; Импорт&lt;/b&gt; читает JSON Launch Library 2 или архив; итоговое окно может отменить импорт, пока ничего другого не изменилось. &lt;b&gt;Экспорт архива&lt;/b&gt; записывает всё в один файл JSON, &lt;b&gt;Экспорт календаря&lt;/b&gt; — предстоящие запуски в файл iCalendar. &lt;b&gt;Резервная копия&lt;/b&gt; и &lt;b&gt;Восстановить из копии&lt;/b&gt; работают со всей базой данных; копия того, что заменяет восстановление, сохраняется рядом.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Reminders&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Напоминания&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Crewed missions are followed: a reminder comes at the lead times set in &lt;b&gt;View &amp;#9656; Reminders&lt;/b&gt; (for example &lt;i&gt;24 h, 1 h, 10 min&lt;/i&gt;). Untick &lt;i&gt;Remind me before launch&lt;/i&gt; in the detail to stop following one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Пилотируемые миссии отслеживаются: напоминание приходит за время, заданное в &lt;b&gt;Вид &amp;#9656; Напоминания&lt;/b&gt; (например, &lt;i&gt;24 h, 1 h, 10 min&lt;/i&gt;). Снимите флажок &lt;i&gt;Напомнить перед запуском&lt;/i&gt; в подробностях, чтобы перестать отслеживать миссию.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Language&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Язык&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The window speaks the system&apos;s language when it knows it (English, German, Russian or Japanese); &lt;b&gt;View &amp;#9656; Language&lt;/b&gt; chooses another, from the next start. The command line and its JSON stay in English, for scripts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Окно говорит на языке системы, если знает его (английский, немецкий, русский или японский); &lt;b&gt;Вид &amp;#9656; Язык&lt;/b&gt; выбирает другой, со следующего запуска. Командная строка и её JSON остаются на английском ради скриптов.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every shortcut is listed under &lt;b&gt;Help &amp;#9656; Keyboard Shortcuts&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Все сочетания клавиш перечислены в &lt;b&gt;Справка &amp;#9656; Сочетания клавиш&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Mission Tracker User Guide</source>
        <translation>Руководство Mission Tracker</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Руководство</translation>
    </message>
</context>
<context>
    <name>ImageLabel</name>
    <message>
        <source>Mission patch</source>
        <translation>Эмблема миссии</translation>
    </message>
    <message>
        <source>Vehicle image</source>
        <translation>Изображение аппарата</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Портрет</translation>
    </message>
    <message>
        <source>Agency logo</source>
        <translation>Логотип агентства</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Показано</translation>
    </message>
    <message>
        <source>No image available</source>
        <translation>Изображения нет</translation>
    </message>
</context>
<context>
    <name>ImageSlot</name>
    <message>
        <source>Picture of {0}</source>
        <translation>Изображение: {0}</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Imported {0}</source>
        <translation>Импортировано: {0}</translation>
    </message>
    <message>
        <source>What the import did</source>
        <translation>Что сделал импорт</translation>
    </message>
    <message>
        <source>NETs moved: {0}</source>
        <translation>Сдвинуто дат: {0}</translation>
    </message>
    <message>
        <source>No NET moved.</source>
        <translation>Ни одна дата не сдвинута.</translation>
    </message>
    <message>
        <source>Skipped, and why</source>
        <translation>Пропущено, и почему</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>&amp;Отменить этот импорт</translation>
    </message>
    <message>
        <source>Other edits came after the import: undo them first.</source>
        <translation>После импорта были другие правки: сначала отмените их.</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>Импорт отменён</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>Import {0}</source>
        <translation>Импорт {0}</translation>
    </message>
    <message>
        <source>This import cannot be undone: {0}.</source>
        <translation>Этот импорт нельзя отменить: {0}.</translation>
    </message>
    <message>
        <source>The database has changed since (an edit, an update or another window), and going back would lose that change, so nothing was undone. To go back anyway, restore {0} (File ▸ Restore a Backup).</source>
        <translation>С тех пор база данных изменилась (правка, обновление или другое окно), и возврат потерял бы это изменение, поэтому ничего не отменено. Чтобы всё же вернуться, восстановите {0} (Файл ▸ Восстановить из копии).</translation>
    </message>
    <message>
        <source>what the import brought was not kept</source>
        <translation>то, что принёс импорт, не сохранено</translation>
    </message>
    <message>
        <source>Skipped, and why:</source>
        <translation>Пропущено, и почему:</translation>
    </message>
    <message>
        <source>Your values kept (the file differs):</source>
        <translation>Сохранены ваши значения (в файле другие):</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Примечания:</translation>
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
        <translation>не задано</translation>
    </message>
</context>
<context>
    <name>Landing</name>
    <message>
        <source>Landed</source>
        <translation>Приземлился</translation>
    </message>
    <message>
        <source>Crew lost</source>
        <translation>Экипаж погиб</translation>
    </message>
    <message>
        <source>In orbit</source>
        <translation>На орбите</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Системный</translation>
    </message>
    <message>
        <source>Mission Tracker will use this language from its next start.</source>
        <translation>Mission Tracker будет использовать этот язык со следующего запуска.</translation>
    </message>
    <message>
        <source>Mission Tracker will follow the system&apos;s language from its next start.</source>
        <translation>Mission Tracker будет использовать язык системы со следующего запуска.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
</context>
<context>
    <name>LeadTimesDialog</name>
    <message>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <source>Remind me this long before each followed launch, e.g. 24 h, 1 h, 10 min (also 1 d, 30 min, 2 h 30 min).
Crewed missions are followed unless you untick “Remind me”.</source>
        <translation>Напоминать за столько до каждого отслеживаемого запуска, например 24 h, 1 h, 10 min (также 1 d, 30 min, 2 h 30 min).
Пилотируемые миссии отслеживаются, пока не снят флажок «Напомнить перед запуском».</translation>
    </message>
    <message>
        <source>Reminder lead times</source>
        <translation>Интервалы напоминаний</translation>
    </message>
</context>
<context>
    <name>LinkList</name>
    <message>
        <source>Webcasts and links</source>
        <translation>Трансляции и ссылки</translation>
    </message>
    <message>
        <source>Not opened: {0} is not a web address (http or https)</source>
        <translation>Не открыто: {0} — не веб-адрес (http или https)</translation>
    </message>
    <message>
        <source>Could not open {0}: no browser answered</source>
        <translation>Не удалось открыть {0}: браузер не ответил</translation>
    </message>
</context>
<context>
    <name>LinkListModel</name>
    <message>
        <source>Webcast, live: {0}</source>
        <translation>Трансляция, в эфире: {0}</translation>
    </message>
    <message>
        <source>Webcast: {0}</source>
        <translation>Трансляция: {0}</translation>
    </message>
    <message>
        <source>Link: {0}</source>
        <translation>Ссылка: {0}</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>LIVE</source>
        <translation>ЭФИР</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <source>Search missions</source>
        <translation>Поиск миссий</translation>
    </message>
    <message>
        <source>Search missions…  (Ctrl+F)</source>
        <translation>Поиск миссий…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Finds missions by name, vehicle, agency, destination or crew member; Down or Return moves into the results</source>
        <translation>Ищет миссии по названию, аппарату, агентству, цели или члену экипажа; стрелка вниз или Enter переводит к результатам</translation>
    </message>
    <message>
        <source>Show missions</source>
        <translation>Показать миссии</translation>
    </message>
    <message>
        <source>All missions</source>
        <translation>Все миссии</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Предстоящие</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Прошедшие</translation>
    </message>
    <message>
        <source>&amp;Filter Bar</source>
        <translation>Панель &amp;фильтров</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <source>Show or hide the filter bar (Ctrl+Shift+F)</source>
        <translation>Показать или скрыть панель фильтров (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Сбросить фильтры</translation>
    </message>
    <message>
        <source>Show every mission: clear the filters, the search and the scope</source>
        <translation>Показать все миссии: сбросить фильтры, поиск и выбор</translation>
    </message>
    <message>
        <source>&amp;Save View…</source>
        <translation>&amp;Сохранить вид…</translation>
    </message>
    <message>
        <source>&amp;Manage Views…</source>
        <translation>&amp;Управление видами…</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Виды</translation>
    </message>
    <message>
        <source>Filters and saved views</source>
        <translation>Фильтры и сохранённые виды</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Сохранить вид</translation>
    </message>
    <message>
        <source>Keep the current filter and search as:</source>
        <translation>Сохранить текущие фильтр и поиск как:</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %Ln missions</source>
        <translation>
            <numerusform>{0} из %Ln миссии</numerusform>
            <numerusform>{0} из %Ln миссий</numerusform>
            <numerusform>{0} из %Ln миссий</numerusform>
        </translation>
    </message>
    <message>
        <source>Filtered: {0} — {1}</source>
        <translation>Отфильтровано: {0} — {1}</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Миссии</translation>
    </message>
</context>
<context>
    <name>LiveData</name>
    <message numerus="yes">
        <source>{0} and %n more</source>
        <translation>
            <numerusform>{0} и ещё %n</numerusform>
            <numerusform>{0} и ещё %n</numerusform>
            <numerusform>{0} и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Updating from Launch Library 2…</source>
        <translation>Обновление из Launch Library 2…</translation>
    </message>
    <message>
        <source>Updated from Launch Library 2: {0} new, {1} updated</source>
        <translation>Обновлено из Launch Library 2: новых {0}, изменённых {1}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>База данных: {0}</translation>
    </message>
    <message>
        <source>Could not read missions: {0}</source>
        <translation>Не удалось прочитать миссии: {0}</translation>
    </message>
    <message>
        <source>Updated with changes made elsewhere</source>
        <translation>Обновлено с изменениями, сделанными в другом месте</translation>
    </message>
    <message numerus="yes">
        <source>Reading %Ln missions… ({0} so far)</source>
        <translation>
            <numerusform>Чтение %Ln миссии… (пока {0})</numerusform>
            <numerusform>Чтение %Ln миссий… (пока {0})</numerusform>
            <numerusform>Чтение %Ln миссий… (пока {0})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln missions</source>
        <translation>
            <numerusform>%Ln миссия</numerusform>
            <numerusform>%Ln миссии</numerusform>
            <numerusform>%Ln миссий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of %Ln missions shown</source>
        <translation>
            <numerusform>Показано {0} из %Ln миссии</numerusform>
            <numerusform>Показано {0} из %Ln миссий</numerusform>
            <numerusform>Показано {0} из %Ln миссий</numerusform>
        </translation>
    </message>
    <message>
        <source>About Mission Tracker</source>
        <translation>О программе Mission Tracker</translation>
    </message>
    <message>
        <source>&lt;p&gt;Crewed spaceflight missions, crews, vehicles and launch countdowns. Works offline; your data stays yours.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Пилотируемые космические миссии, экипажи, аппараты и обратный отсчёт до запуска. Работает без сети; ваши данные остаются вашими.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ManageViews</name>
    <message>
        <source>Saved Views</source>
        <translation>Сохранённые виды</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Сохранённые виды</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Применить</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Переименовать</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
</context>
<context>
    <name>MentionLink</name>
    <message>
        <source>Double-click (or Enter) to open its page</source>
        <translation>Двойной щелчок (или Enter) откроет страницу</translation>
    </message>
    <message>
        <source>Press Enter to open its page</source>
        <translation>Нажмите Enter, чтобы открыть страницу</translation>
    </message>
    <message>
        <source>Open &amp;Page</source>
        <translation>Открыть &amp;страницу</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>&amp;Export Archive…</source>
        <translation>&amp;Экспорт архива…</translation>
    </message>
    <message>
        <source>Export &amp;Calendar…</source>
        <translation>Экспорт &amp;календаря…</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>&amp;Резервная копия…</translation>
    </message>
    <message>
        <source>&amp;Restore a Backup…</source>
        <translation>&amp;Восстановить из копии…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Update Now</source>
        <translation>Обновить &amp;сейчас</translation>
    </message>
    <message>
        <source>Fetch the current launches from Launch Library 2 (F5)</source>
        <translation>Загрузить текущие запуски из Launch Library 2 (F5)</translation>
    </message>
    <message>
        <source>Update &amp;Automatically</source>
        <translation>Обновлять &amp;автоматически</translation>
    </message>
    <message>
        <source>&amp;New Mission…</source>
        <translation>&amp;Новая миссия…</translation>
    </message>
    <message>
        <source>&amp;Edit Mission…</source>
        <translation>&amp;Изменить миссию…</translation>
    </message>
    <message>
        <source>&amp;Delete Mission…</source>
        <translation>&amp;Удалить миссию…</translation>
    </message>
    <message>
        <source>People, &amp;Vehicles and Agencies…</source>
        <translation>Люди, &amp;аппараты и агентства…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>На&amp;йти…</translation>
    </message>
    <message>
        <source>&amp;Countdown (clock mode)</source>
        <translation>&amp;Обратный отсчёт (режим часов)</translation>
    </message>
    <message>
        <source>Clock mode &amp;full screen</source>
        <translation>Режим часов во весь &amp;экран</translation>
    </message>
    <message>
        <source>C&amp;lock…</source>
        <translation>&amp;Часы…</translation>
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation>&amp;Напоминания…</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Люди</translation>
    </message>
    <message>
        <source>Edit &amp;history</source>
        <translation>Исто&amp;рия правок</translation>
    </message>
    <message>
        <source>&amp;Changes</source>
        <translation>Изм&amp;енения</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>&amp;Руководство</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>Re&amp;schedule…</source>
        <translation>&amp;Перенести…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Open Database File…</source>
        <translation>&amp;Открыть файл базы данных…</translation>
    </message>
    <message>
        <source>Open &amp;Team Database…</source>
        <translation>Открыть о&amp;бщую базу данных…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>Часовой &amp;пояс</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>Офор&amp;мление</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>&amp;Статистика…</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>Панель инс&amp;трументов</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Mission Tracker</source>
        <translation>&amp;О программе Mission Tracker</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Основная панель инструментов</translation>
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
        <translation>Корабль:</translation>
    </message>
    <message>
        <source>Launcher:</source>
        <translation>Ракета-носитель:</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>Оператор:</translation>
    </message>
    <message>
        <source>Launch site:</source>
        <translation>Место старта:</translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation>Цель:</translation>
    </message>
    <message>
        <source>NET:</source>
        <translation>Не ранее:</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Окно:</translation>
    </message>
    <message>
        <source>Landing:</source>
        <translation>Посадка:</translation>
    </message>
    <message>
        <source>NET passed: no reminder to give</source>
        <translation>Дата прошла: напоминать не о чем</translation>
    </message>
    <message>
        <source>On hold: reminders wait until the count resumes</source>
        <translation>Пауза: напоминания ждут возобновления отсчёта</translation>
    </message>
    <message>
        <source>A day ahead; nearer reminders once the launch time is known</source>
        <translation>За день; более близкие напоминания — когда станет известно время старта</translation>
    </message>
    <message>
        <source>Reminders start once the NET is known to the day</source>
        <translation>Напоминания начнутся, когда дата будет известна с точностью до дня</translation>
    </message>
    <message>
        <source>Mission detail</source>
        <translation>Подробности миссии</translation>
    </message>
    <message>
        <source>Webcasts and links</source>
        <translation>Трансляции и ссылки</translation>
    </message>
    <message>
        <source>Schedule history</source>
        <translation>История переносов</translation>
    </message>
    <message>
        <source>Remind me before launch</source>
        <translation>Напомнить перед запуском</translation>
    </message>
    <message>
        <source>Notify me at the reminder lead times (View ▸ Reminders…)</source>
        <translation>Уведомлять за заданное время (Вид ▸ Напоминания…)</translation>
    </message>
    <message>
        <source>Mark as…</source>
        <translation>Отметить как…</translation>
    </message>
    <message>
        <source>Set the launch status by hand: a hold, the liftoff, the outcome</source>
        <translation>Задать статус запуска вручную: пауза, старт, итог</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Перенести…</translation>
    </message>
    <message>
        <source>Move this mission&apos;s NET; the change joins its history</source>
        <translation>Перенести дату этой миссии; изменение попадёт в её историю</translation>
    </message>
    <message>
        <source>Select a mission</source>
        <translation>Выберите миссию</translation>
    </message>
    <message>
        <source> — capsule {0}</source>
        <translation> — капсула {0}</translation>
    </message>
    <message>
        <source>{0}  (precision: {1})</source>
        <translation>{0}  (точность: {1})</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Описания нет.</translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation>Источник: {0}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не указан</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>not announced</source>
        <translation>не объявлено</translation>
    </message>
</context>
<context>
    <name>MissionTableModel</name>
    <message>
        <source>◀ Next</source>
        <translation>◀ Следующий</translation>
    </message>
    <message>
        <source>Next launch</source>
        <translation>Следующий запуск</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Миссия</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>NET</source>
        <translation>Не ранее</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Отсчёт</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Аппарат</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>Экипаж</translation>
    </message>
    <message>
        <source>Slips</source>
        <translation>Переносы</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>{0}: the next launch</source>
        <translation>{0}: следующий запуск</translation>
    </message>
    <message numerus="yes">
        <source>The NET moved %n times; the detail view shows the history</source>
        <translation>
            <numerusform>Дата сдвигалась %n раз; история — в подробностях</numerusform>
            <numerusform>Дата сдвигалась %n раза; история — в подробностях</numerusform>
            <numerusform>Дата сдвигалась %n раз; история — в подробностях</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationBar</name>
    <message>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <source>Dismiss reminder</source>
        <translation>Закрыть напоминание</translation>
    </message>
</context>
<context>
    <name>PageTableModel</name>
    <message>
        <source>Mission</source>
        <translation>Миссия</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>Запуск</translation>
    </message>
    <message>
        <source>Landing</source>
        <translation>Посадка</translation>
    </message>
    <message>
        <source>Time in space</source>
        <translation>Время в космосе</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>Экипаж</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Аппарат</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Миссии</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Crew capacity</source>
        <translation>Вместимость экипажа</translation>
    </message>
</context>
<context>
    <name>PagesWindow</name>
    <message>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Back to the page before (Alt+Left)</source>
        <translation>Назад на предыдущую страницу (Alt+Влево)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <source>Forward to the next page (Alt+Right)</source>
        <translation>Вперёд на следующую страницу (Alt+Вправо)</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Навигация</translation>
    </message>
    <message>
        <source>{0} — Mission Tracker</source>
        <translation>{0} — Mission Tracker</translation>
    </message>
    <message>
        <source>This person is no longer in the database.</source>
        <translation>Этого человека больше нет в базе данных.</translation>
    </message>
    <message>
        <source>This vehicle is no longer in the database.</source>
        <translation>Этого аппарата больше нет в базе данных.</translation>
    </message>
    <message>
        <source>This agency is no longer in the database.</source>
        <translation>Этого агентства больше нет в базе данных.</translation>
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
        <translation>Люди</translation>
    </message>
    <message>
        <source>Filter people…</source>
        <translation>Фильтр людей…</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>Фильтр людей</translation>
    </message>
    <message>
        <source>People: drag one onto a crew roster</source>
        <translation>Люди: перетащите человека в состав экипажа</translation>
    </message>
    <message>
        <source>Drag a person onto the crew roster to add them; double-click for their page</source>
        <translation>Перетащите человека в состав экипажа, чтобы добавить; двойной щелчок откроет его страницу</translation>
    </message>
    <message>
        <source>Open Person &amp;Page</source>
        <translation>Открыть &amp;страницу человека</translation>
    </message>
</context>
<context>
    <name>PeopleListModel</name>
    <message numerus="yes">
        <source>%n missions</source>
        <translation>
            <numerusform>%n миссия</numerusform>
            <numerusform>%n миссии</numerusform>
            <numerusform>%n миссий</numerusform>
        </translation>
    </message>
    <message>
        <source>no flights yet</source>
        <translation>полётов ещё нет</translation>
    </message>
    <message>
        <source>nationality unknown</source>
        <translation>гражданство неизвестно</translation>
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
        <translation>Агентство:</translation>
    </message>
    <message>
        <source>Nationality:</source>
        <translation>Гражданство:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>First flight:</source>
        <translation>Первый полёт:</translation>
    </message>
    <message>
        <source>Time in space:</source>
        <translation>Время в космосе:</translation>
    </message>
    <message>
        <source>Flights</source>
        <translation>Полёты</translation>
    </message>
    <message>
        <source>Double-click a flight to show its mission</source>
        <translation>Двойной щелчок по полёту покажет его миссию</translation>
    </message>
    <message>
        <source>Private (no agency)</source>
        <translation>Частное лицо (без агентства)</translation>
    </message>
    <message>
        <source>Open the agency&apos;s page</source>
        <translation>Открыть страницу агентства</translation>
    </message>
    <message>
        <source>Not flown yet</source>
        <translation>Ещё не летал</translation>
    </message>
    <message>
        <source>Show this mission in the main window</source>
        <translation>Показать эту миссию в главном окне</translation>
    </message>
    <message numerus="yes">
        <source>%n flown</source>
        <translation>
            <numerusform>%n выполнен</numerusform>
            <numerusform>%n выполнено</numerusform>
            <numerusform>%n выполнено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not flown yet</source>
        <translation>
            <numerusform>%n предстоит</numerusform>
            <numerusform>%n предстоят</numerusform>
            <numerusform>%n предстоит</numerusform>
        </translation>
    </message>
    <message>
        <source>Flights ({0})</source>
        <translation>Полёты ({0})</translation>
    </message>
    <message>
        <source>{0} — in space now, counting</source>
        <translation>{0} — сейчас в космосе, счёт идёт</translation>
    </message>
</context>
<context>
    <name>PersonState</name>
    <message>
        <source>Active</source>
        <translation>Действующий</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>В отставке</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Умер</translation>
    </message>
    <message>
        <source>In-Training</source>
        <translation>На подготовке</translation>
    </message>
    <message>
        <source>Lost In Flight</source>
        <translation>Погиб в полёте</translation>
    </message>
</context>
<context>
    <name>Precision</name>
    <message>
        <source>Second</source>
        <translation>Секунда</translation>
    </message>
    <message>
        <source>Minute</source>
        <translation>Минута</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Утро</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>После полудня</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Q1</source>
        <translation>1-й квартал</translation>
    </message>
    <message>
        <source>Q2</source>
        <translation>2-й квартал</translation>
    </message>
    <message>
        <source>Q3</source>
        <translation>3-й квартал</translation>
    </message>
    <message>
        <source>Q4</source>
        <translation>4-й квартал</translation>
    </message>
    <message>
        <source>H1</source>
        <translation>1-е полугодие</translation>
    </message>
    <message>
        <source>H2</source>
        <translation>2-е полугодие</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Fiscal Year</source>
        <translation>Финансовый год</translation>
    </message>
    <message>
        <source>Decade</source>
        <translation>Десятилетие</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>&amp;Other…</source>
        <translation>&amp;Другой…</translation>
    </message>
    <message>
        <source>&amp;UTC</source>
        <translation>&amp;UTC</translation>
    </message>
    <message>
        <source>&amp;Local time</source>
        <translation>&amp;Местное время</translation>
    </message>
    <message>
        <source>&amp;Other ({0})…</source>
        <translation>&amp;Другой ({0})…</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Show times in this zone (e.g. Europe/Berlin, America/New_York):</source>
        <translation>Показывать время в этом поясе (например, Europe/Moscow, America/New_York):</translation>
    </message>
    <message>
        <source>Unknown time zone: {0}</source>
        <translation>Неизвестный часовой пояс: {0}</translation>
    </message>
    <message>
        <source>&amp;Follow the system</source>
        <translation>Как в &amp;системе</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>С&amp;ветлая</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмная</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>Delete Mission</source>
        <translation>Удаление миссии</translation>
    </message>
    <message>
        <source>Deleted {0} — Undo (Ctrl+Z) brings it back</source>
        <translation>{0} удалена — Отменить (Ctrl+Z) вернёт её</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Агентство</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Миссии</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Crew capacity</source>
        <translation>Вместимость экипажа</translation>
    </message>
    <message>
        <source>First crewed flight</source>
        <translation>Первый пилотируемый полёт</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>Сокращение</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Используется</translation>
    </message>
</context>
<context>
    <name>RecordsDialog</name>
    <message>
        <source>People, vehicles and agencies</source>
        <translation>Люди, аппараты и агентства</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Люди</translation>
    </message>
    <message>
        <source>&amp;Vehicles</source>
        <translation>&amp;Аппараты</translation>
    </message>
    <message>
        <source>&amp;Agencies</source>
        <translation>А&amp;гентства</translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <source>Filter…</source>
        <translation>Фильтр…</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Open &amp;Page</source>
        <translation>Открыть &amp;страницу</translation>
    </message>
    <message>
        <source>Open the page of the selected record</source>
        <translation>Открыть страницу выбранной записи</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Mission Tracker cannot open its database</source>
        <translation>Mission Tracker не может открыть свою базу данных</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>Не удалось открыть базу данных.</translation>
    </message>
    <message>
        <source>Newest backup: {0}</source>
        <translation>Последняя резервная копия: {0}</translation>
    </message>
    <message>
        <source>The file was not changed.</source>
        <translation>Файл не изменён.</translation>
    </message>
    <message>
        <source>Open Another File…</source>
        <translation>Открыть другой файл…</translation>
    </message>
    <message>
        <source>Restore a Backup…</source>
        <translation>Восстановить из копии…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <source>Mission Tracker: no launch ahead</source>
        <translation>Mission Tracker: впереди нет запусков</translation>
    </message>
    <message>
        <source>Next launch: {0} · NET {1}</source>
        <translation>Следующий запуск: {0} · не ранее {1}</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>{0} is launching now</source>
        <translation>{0} стартует прямо сейчас</translation>
    </message>
    <message>
        <source>{0} launches in {1}</source>
        <translation>{0} стартует через {1}</translation>
    </message>
    <message>
        <source>{0} launches today</source>
        <translation>{0} стартует сегодня</translation>
    </message>
    <message>
        <source>{0} launches tomorrow</source>
        <translation>{0} стартует завтра</translation>
    </message>
    <message numerus="yes">
        <source>{0} launches in %n days</source>
        <translation>
            <numerusform>{0} стартует через %n день</numerusform>
            <numerusform>{0} стартует через %n дня</numerusform>
            <numerusform>{0} стартует через %n дней</numerusform>
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
        <translation>Перенос: {0}</translation>
    </message>
    <message>
        <source>{0} is NET {1}. Move it to:</source>
        <translation>{0}: не ранее {1}. Перенести на:</translation>
    </message>
    <message>
        <source>New NET</source>
        <translation>Новая дата</translation>
    </message>
    <message>
        <source>NET precision</source>
        <translation>Точность даты</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>e.g. weather, vehicle processing</source>
        <translation>например, погода, подготовка ракеты</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Перенести</translation>
    </message>
    <message>
        <source>New &amp;NET:</source>
        <translation>&amp;Новая дата:</translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation>&amp;Точность:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>The NET must fall in the years {0} to {1}.</source>
        <translation>Дата должна быть в {0}–{1} годах.</translation>
    </message>
    <message>
        <source>That is the current NET: change the date, time or precision.</source>
        <translation>Это текущая дата: измените дату, время или точность.</translation>
    </message>
    <message>
        <source>New NET: {0} ({1})</source>
        <translation>Новая дата: {0} ({1})</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Commander</source>
        <translation>Командир</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Пилот</translation>
    </message>
    <message>
        <source>Mission Specialist</source>
        <translation>Специалист полёта</translation>
    </message>
    <message>
        <source>Flight Engineer</source>
        <translation>Бортинженер</translation>
    </message>
    <message>
        <source>Spaceflight Participant</source>
        <translation>Участник космического полёта</translation>
    </message>
    <message>
        <source>Spacecraft Commander</source>
        <translation>Командир корабля</translation>
    </message>
    <message>
        <source>Joint Operations Commander</source>
        <translation>Командир совместных операций</translation>
    </message>
    <message>
        <source>Payload Specialist</source>
        <translation>Специалист по полезной нагрузке</translation>
    </message>
    <message>
        <source>Medical Officer</source>
        <translation>Врач экипажа</translation>
    </message>
    <message>
        <source>Tourist</source>
        <translation>Турист</translation>
    </message>
</context>
<context>
    <name>RosterEditor</name>
    <message>
        <source>Crew</source>
        <translation>Экипаж</translation>
    </message>
    <message>
        <source>Person to add</source>
        <translation>Кого добавить</translation>
    </message>
    <message>
        <source>Type a name…</source>
        <translation>Введите имя…</translation>
    </message>
    <message>
        <source>Role for the person to add</source>
        <translation>Роль добавляемого человека</translation>
    </message>
    <message>
        <source>Add to crew</source>
        <translation>В экипаж</translation>
    </message>
    <message>
        <source>Add the chosen person with the chosen role (Enter)</source>
        <translation>Добавить выбранного человека с выбранной ролью (Enter)</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Новый…</translation>
    </message>
    <message>
        <source>Someone not in the list yet: create them</source>
        <translation>Кого-то ещё нет в списке: создать</translation>
    </message>
    <message>
        <source>Crew roster</source>
        <translation>Состав экипажа</translation>
    </message>
    <message>
        <source>Drag a row to reorder (or Alt+Up/Alt+Down); double-click a role to change it, a name to open the person&apos;s page; drop a person from the People panel to add them</source>
        <translation>Перетащите строку, чтобы изменить порядок (или Alt+Вверх/Alt+Вниз); двойной щелчок по роли меняет её, по имени — открывает страницу человека; перетащите человека из панели «Люди», чтобы добавить</translation>
    </message>
    <message>
        <source>Open Person &amp;Page</source>
        <translation>Открыть &amp;страницу человека</translation>
    </message>
    <message>
        <source>Remove from crew</source>
        <translation>Убрать из экипажа</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Переместить вверх</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Переместить вниз</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Crew ({0} of {1})</source>
        <translation>Экипаж ({0} из {1})</translation>
    </message>
    <message>
        <source>Crew ({0})</source>
        <translation>Экипаж ({0})</translation>
    </message>
    <message>
        <source>Change it anyway?</source>
        <translation>Всё равно изменить?</translation>
    </message>
    <message>
        <source>No person named &apos;{0}&apos;: pick someone from the list.</source>
        <translation>Человека с именем «{0}» нет: выберите кого-нибудь из списка.</translation>
    </message>
    <message>
        <source>Choose a person to add.</source>
        <translation>Выберите, кого добавить.</translation>
    </message>
    <message>
        <source>person</source>
        <translation>человек</translation>
    </message>
</context>
<context>
    <name>ServerFault</name>
    <message>
        <source>The change was not made: the team database cannot be reached.</source>
        <translation>Изменение не внесено: общая база данных недоступна.</translation>
    </message>
    <message>
        <source>{problem}

Retry once the server is back, or Cancel to leave it.</source>
        <translation>{problem}

Повторите, когда сервер вернётся, или нажмите «Отмена», чтобы отказаться.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
</context>
<context>
    <name>SlipHistoryModel</name>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Сдвиг</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>причина не указана</translation>
    </message>
    <message>
        <source>Changed {0}: NET {1} to {2}, {3}, {4}</source>
        <translation>Изменено {0}: дата {1} на {2}, {3}, {4}</translation>
    </message>
</context>
<context>
    <name>SlipHistoryView</name>
    <message>
        <source>Schedule changes</source>
        <translation>Переносы</translation>
    </message>
    <message>
        <source> (first NET on record: {0})</source>
        <translation> (первая известная дата: {0})</translation>
    </message>
</context>
<context>
    <name>Spoken</name>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n секунда</numerusform>
            <numerusform>%n секунды</numerusform>
            <numerusform>%n секунд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n час</numerusform>
            <numerusform>%n часа</numerusform>
            <numerusform>%n часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n минута</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message>
        <source>T minus {0}</source>
        <translation>T минус {0}</translation>
    </message>
    <message>
        <source>T plus {0}</source>
        <translation>T плюс {0}</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>отсчёт приостановлен</translation>
    </message>
    <message numerus="yes">
        <source>T minus %n days, {0}</source>
        <translation>
            <numerusform>T минус %n день, {0}</numerusform>
            <numerusform>T минус %n дня, {0}</numerusform>
            <numerusform>T минус %n дней, {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: liftoff</source>
        <translation>{0}: старт</translation>
    </message>
    <message>
        <source>{0}: T minus {1}</source>
        <translation>{0}: T минус {1}</translation>
    </message>
    <message>
        <source>No launch ahead</source>
        <translation>Впереди нет запусков</translation>
    </message>
    <message>
        <source>Next launch: {0}, {1}</source>
        <translation>Следующий запуск: {0}, {1}</translation>
    </message>
</context>
<context>
    <name>StatisticsTableModel</name>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <source>Statistics — Mission Tracker</source>
        <translation>Статистика — Mission Tracker</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Диаграммы</translation>
    </message>
    <message>
        <source>Numbers behind the chart</source>
        <translation>Данные диаграммы</translation>
    </message>
    <message>
        <source>Chart or table</source>
        <translation>Диаграмма или таблица</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>&amp;Диаграмма</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Таблица</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>Экспорт в &amp;PNG…</translation>
    </message>
    <message>
        <source>Export the chart as PNG</source>
        <translation>Экспортировать диаграмму в PNG</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image (Ctrl+E)</source>
        <translation>Сохранить диаграмму как изображение PNG (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export &amp;SVG…</source>
        <translation>Экспорт в &amp;SVG…</translation>
    </message>
    <message>
        <source>Export the chart as SVG</source>
        <translation>Экспортировать диаграмму в SVG</translation>
    </message>
    <message>
        <source>Save the chart as an SVG drawing (Ctrl+Shift+E)</source>
        <translation>Сохранить диаграмму как рисунок SVG (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Close statistics</source>
        <translation>Закрыть статистику</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>Экспорт PNG</translation>
    </message>
    <message>
        <source>Export SVG</source>
        <translation>Экспорт SVG</translation>
    </message>
    <message>
        <source>Launches per year by outcome</source>
        <translation>Запуски по годам и итогам</translation>
    </message>
    <message>
        <source>Launches by agency</source>
        <translation>Запуски по агентствам</translation>
    </message>
    <message>
        <source>Launches by vehicle</source>
        <translation>Запуски по аппаратам</translation>
    </message>
    <message>
        <source>Crewed flights per year</source>
        <translation>Пилотируемые полёты по годам</translation>
    </message>
    <message>
        <source>Time in space</source>
        <translation>Время в космосе</translation>
    </message>
    <message>
        <source>Slips</source>
        <translation>Переносы</translation>
    </message>
    <message>
        <source>Reading the statistics…</source>
        <translation>Чтение статистики…</translation>
    </message>
    <message>
        <source>Could not read the statistics: {0}</source>
        <translation>Не удалось прочитать статистику: {0}</translation>
    </message>
    <message>
        <source>{0}: {1} launched, {2} yet to launch · as of {3}</source>
        <translation>{0}: запущено {1}, впереди {2} · на {3}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln missions</source>
        <translation>
            <numerusform>%Ln миссия</numerusform>
            <numerusform>%Ln миссии</numerusform>
            <numerusform>%Ln миссий</numerusform>
        </translation>
    </message>
    <message>
        <source>No missions to count yet.</source>
        <translation>Пока нечего считать.</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Успех</translation>
    </message>
    <message>
        <source>Partial failure</source>
        <translation>Частичная неудача</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Неудача</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>В полёте</translation>
    </message>
    <message>
        <source>Yet to launch</source>
        <translation>Ещё не запущено</translation>
    </message>
    <message>
        <source>Launches</source>
        <translation>Запуски</translation>
    </message>
    <message>
        <source>Year (UTC, by NET)</source>
        <translation>Год (UTC, по дате)</translation>
    </message>
    <message>
        <source>Flown</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>Crewed flights</source>
        <translation>Пилотируемые полёты</translation>
    </message>
    <message>
        <source>No crewed flights yet.</source>
        <translation>Пилотируемых полётов пока нет.</translation>
    </message>
    <message numerus="yes">
        <source>Other (%n more)</source>
        <translation>
            <numerusform>Прочие (ещё %n)</numerusform>
            <numerusform>Прочие (ещё %n)</numerusform>
            <numerusform>Прочие (ещё %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>(не указано)</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Агентство</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Аппарат</translation>
    </message>
    <message>
        <source>{0} (in space)</source>
        <translation>{0} (в космосе)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people who flew</source>
        <translation>
            <numerusform>%Ln человек летал</numerusform>
            <numerusform>%Ln человека летали</numerusform>
            <numerusform>%Ln человек летали</numerusform>
        </translation>
    </message>
    <message>
        <source>Days in space</source>
        <translation>Дни в космосе</translation>
    </message>
    <message>
        <source>Days in space (a flight still up counts to the clock)</source>
        <translation>Дни в космосе (продолжающийся полёт считается до текущего момента)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Nobody has flown yet.</source>
        <translation>Пока никто не летал.</translation>
    </message>
    <message>
        <source>Slips: how far each NET moved</source>
        <translation>Переносы: насколько сдвинулась каждая дата</translation>
    </message>
    <message>
        <source>Days moved</source>
        <translation>Сдвиг в днях</translation>
    </message>
    <message>
        <source>Days the NET moved (later: right, earlier: left)</source>
        <translation>На сколько дней сдвинулась дата (позже — вправо, раньше — влево)</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Миссия</translation>
    </message>
    <message>
        <source>No NET has moved yet.</source>
        <translation>Ни одна дата пока не сдвигалась.</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>{0} (top {1} of {2})</source>
        <translation>{0} (первые {1} из {2})</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Рисунок SVG (*.svg)</translation>
    </message>
    <message>
        <source>Nothing was written: {0}</source>
        <translation>Ничего не записано: {0}</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Сохранено: {0}</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Go for Launch</source>
        <translation>Готов к старту</translation>
    </message>
    <message>
        <source>To Be Determined</source>
        <translation>Не определено</translation>
    </message>
    <message>
        <source>To Be Confirmed</source>
        <translation>Ожидает подтверждения</translation>
    </message>
    <message>
        <source>On Hold</source>
        <translation>Приостановлен</translation>
    </message>
    <message>
        <source>Launch in Flight</source>
        <translation>В полёте</translation>
    </message>
    <message>
        <source>Launch Successful</source>
        <translation>Успешный запуск</translation>
    </message>
    <message>
        <source>Launch Failure</source>
        <translation>Аварийный запуск</translation>
    </message>
    <message>
        <source>Launch was a Partial Failure</source>
        <translation>Частично неудачный запуск</translation>
    </message>
    <message>
        <source>Payload Deployed</source>
        <translation>Полезная нагрузка выведена</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Готов</translation>
    </message>
    <message>
        <source>TBD</source>
        <translation>Уточняется</translation>
    </message>
    <message>
        <source>TBC</source>
        <translation>Не подтверждён</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>In Flight</source>
        <translation>В полёте</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Успех</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Авария</translation>
    </message>
    <message>
        <source>Partial Failure</source>
        <translation>Частичная авария</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>Выведен</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>Awaiting update</source>
        <translation>Ждёт обновления</translation>
    </message>
    <message>
        <source>Liftoff?</source>
        <translation>Старт?</translation>
    </message>
    <message>
        <source>Status: {0}</source>
        <translation>Статус: {0}</translation>
    </message>
</context>
<context>
    <name>StatusMenu</name>
    <message>
        <source>Mark as…</source>
        <translation>Отметить как…</translation>
    </message>
    <message>
        <source>Mark as {0}</source>
        <translation>Отметить: {0}</translation>
    </message>
    <message>
        <source>Why is {0} marked {1}? (optional)</source>
        <translation>Почему у {0} статус «{1}»? (необязательно)</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>New agency {0}</source>
        <translation>Новое агентство {0}</translation>
    </message>
    <message>
        <source>New vehicle {0}</source>
        <translation>Новый аппарат {0}</translation>
    </message>
    <message>
        <source>New person {0}</source>
        <translation>Новый человек {0}</translation>
    </message>
    <message>
        <source>New mission {0}</source>
        <translation>Новая миссия {0}</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>Правка: {0}</translation>
    </message>
    <message>
        <source>Delete {0}</source>
        <translation>Удаление: {0}</translation>
    </message>
    <message>
        <source>Mark {0} as {1}</source>
        <translation>{0}: статус «{1}»</translation>
    </message>
    <message>
        <source>Could not redo “{0}”: {1}</source>
        <translation>Не удалось повторить «{0}»: {1}</translation>
    </message>
    <message>
        <source>Could not undo “{0}”: {1}</source>
        <translation>Не удалось отменить «{0}»: {1}</translation>
    </message>
    <message>
        <source>Add {0} as {1}</source>
        <translation>Добавить {0}: {1}</translation>
    </message>
    <message>
        <source>Remove {0}</source>
        <translation>Убрать {0}</translation>
    </message>
    <message>
        <source>Move {0} to seat {1}</source>
        <translation>{0} на место {1}</translation>
    </message>
    <message>
        <source>Make {0} {1}</source>
        <translation>Роль {0}: {1}</translation>
    </message>
    <message>
        <source>Reschedule {0}</source>
        <translation>Перенос: {0}</translation>
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
        <translation>d MMM HH:mm</translation>
    </message>
    <message>
        <source>d MMM yyyy HH:mm</source>
        <translation>d MMM yyyy HH:mm</translation>
    </message>
    <message>
        <source>Rate limited until {0}</source>
        <translation>Лимит запросов до {0}</translation>
    </message>
    <message>
        <source>Request budget spent — next update {0}</source>
        <translation>Лимит запросов исчерпан — следующее обновление {0}</translation>
    </message>
    <message>
        <source>Offline — not updated yet</source>
        <translation>Нет сети — ещё не обновлялось</translation>
    </message>
    <message>
        <source>Update failed — not updated yet</source>
        <translation>Обновление не удалось — ещё не обновлялось</translation>
    </message>
    <message>
        <source>Offline — data as of {0}</source>
        <translation>Нет сети — данные на {0}</translation>
    </message>
    <message>
        <source>Update failed — data as of {0}</source>
        <translation>Обновление не удалось — данные на {0}</translation>
    </message>
    <message>
        <source>Updated {0}</source>
        <translation>Обновлено {0}</translation>
    </message>
    <message>
        <source>Updated {0} · next {1}</source>
        <translation>Обновлено {0} · следующее {1}</translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation>Ещё не обновлялось</translation>
    </message>
    <message>
        <source>Data as of {0}</source>
        <translation>Данные на {0}</translation>
    </message>
    <message>
        <source>update cancelled; nothing was changed</source>
        <translation>обновление отменено; ничего не изменилось</translation>
    </message>
    <message>
        <source>unexpected error: {0}</source>
        <translation>непредвиденная ошибка: {0}</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Updating from Launch Library 2…</source>
        <translation>Обновление из Launch Library 2…</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Open Team Database</source>
        <translation>Открыть общую базу данных</translation>
    </message>
    <message>
        <source>A PostgreSQL database shared with your team. Leave the password empty to use your .pgpass file or PGPASSWORD.</source>
        <translation>База данных PostgreSQL, общая для вашей команды. Оставьте пароль пустым, чтобы использовать файл .pgpass или PGPASSWORD.</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>SSL mode</source>
        <translation>Режим SSL</translation>
    </message>
    <message>
        <source>libpq&apos;s default</source>
        <translation>по умолчанию libpq</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>По&amp;льзователь:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation>Режим SS&amp;L:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Проверить подключение</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Открытие…</translation>
    </message>
    <message>
        <source>Which database? Give its name.</source>
        <translation>Какая база данных? Укажите её имя.</translation>
    </message>
    <message>
        <source>Connected: the server answers.</source>
        <translation>Подключено: сервер отвечает.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
</context>
<context>
    <name>TeamListener</name>
    <message>
        <source>Team database connection lost — reconnecting…</source>
        <translation>Связь с общей базой данных потеряна — переподключение…</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>Show Mission Tracker</source>
        <translation>Показать Mission Tracker</translation>
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
        <translation>История правок</translation>
    </message>
    <message>
        <source>Choose a step to go back to it</source>
        <translation>Выберите шаг, чтобы вернуться к нему</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Исходное состояние</translation>
    </message>
</context>
<context>
    <name>VehicleKind</name>
    <message>
        <source>Spacecraft</source>
        <translation>Космический корабль</translation>
    </message>
    <message>
        <source>Launcher</source>
        <translation>Ракета-носитель</translation>
    </message>
</context>
<context>
    <name>VehiclePage</name>
    <message>
        <source>Operator:</source>
        <translation>Оператор:</translation>
    </message>
    <message>
        <source>Crew capacity:</source>
        <translation>Вместимость экипажа:</translation>
    </message>
    <message>
        <source>First crewed flight:</source>
        <translation>Первый пилотируемый полёт:</translation>
    </message>
    <message>
        <source>Success rate:</source>
        <translation>Доля успешных:</translation>
    </message>
    <message>
        <source>Crew carried:</source>
        <translation>Перевезено экипажа:</translation>
    </message>
    <message>
        <source>Flights</source>
        <translation>Полёты</translation>
    </message>
    <message>
        <source>Double-click a flight to show its mission</source>
        <translation>Двойной щелчок по полёту покажет его миссию</translation>
    </message>
    <message>
        <source>Open its page</source>
        <translation>Открыть страницу</translation>
    </message>
    <message>
        <source>no finished flights yet</source>
        <translation>завершённых полётов ещё нет</translation>
    </message>
    <message numerus="yes">
        <source>{0:.0%} ({1} of %n finished flights)</source>
        <translation>
            <numerusform>{0:.0%} ({1} из %n завершённого полёта)</numerusform>
            <numerusform>{0:.0%} ({1} из %n завершённых полётов)</numerusform>
            <numerusform>{0:.0%} ({1} из %n завершённых полётов)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seats flown</source>
        <translation>
            <numerusform>%n место</numerusform>
            <numerusform>%n места</numerusform>
            <numerusform>%n мест</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n different people</source>
        <translation>
            <numerusform>%n человек</numerusform>
            <numerusform>%n человека</numerusform>
            <numerusform>%n человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Flights (%n)</source>
        <translation>
            <numerusform>Полёты (%n)</numerusform>
            <numerusform>Полёты (%n)</numerusform>
            <numerusform>Полёты (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewStore</name>
    <message>
        <source>Crewed to the ISS</source>
        <translation>Пилотируемые к МКС</translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation>Ближайшие 30 дней</translation>
    </message>
    <message>
        <source>A view needs a name.</source>
        <translation>Виду нужно название.</translation>
    </message>
    <message>
        <source>There is a view named {0} already.</source>
        <translation>Вид с названием {0} уже есть.</translation>
    </message>
</context>
<context>
    <name>ViewsMenu</name>
    <message>
        <source>F&amp;ilters</source>
        <translation>Ф&amp;ильтры</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Сохранённые виды</translation>
    </message>
    <message>
        <source>No saved views</source>
        <translation>Нет сохранённых видов</translation>
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
        <translation>{0} (утром)</translation>
    </message>
    <message>
        <source>{0} (afternoon)</source>
        <translation>{0} (после полудня)</translation>
    </message>
    <message>
        <source>week of {0}</source>
        <translation>неделя с {0}</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>Q{0} {1}</source>
        <translation>{0}-й кв. {1}</translation>
    </message>
    <message>
        <source>H{0} {1}</source>
        <translation>{0}-е полугодие {1}</translation>
    </message>
    <message>
        <source>FY {0}</source>
        <translation>{0} фин. год</translation>
    </message>
    <message>
        <source>{0}s</source>
        <comment>decade</comment>
        <translation>{0}-е</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation>{0} ч</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} мин</translation>
    </message>
    <message>
        <source>NET {0}</source>
        <translation>не ранее {0}</translation>
    </message>
    <message>
        <source>NET passed — awaiting update</source>
        <translation>Дата старта прошла — ждём обновления</translation>
    </message>
    <message>
        <source>{0}d {1}</source>
        <translation>{0} д {1}</translation>
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
            <numerusform>T− %n день · {0}</numerusform>
            <numerusform>T− %n дня · {0}</numerusform>
            <numerusform>T− %n дней · {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>This week · {0}</source>
        <translation>На этой неделе · {0}</translation>
    </message>
    <message>
        <source>Today · {0}</source>
        <translation>Сегодня · {0}</translation>
    </message>
    <message>
        <source>HOLD</source>
        <translation>ПАУЗА</translation>
    </message>
    <message>
        <source>Countdown on hold</source>
        <translation>Отсчёт приостановлен</translation>
    </message>
    <message>
        <source>Liftoff — awaiting confirmation</source>
        <translation>Старт — ждём подтверждения</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>В полёте</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>{0}: no changes to its NET</source>
        <translation>{0}: дата не менялась</translation>
    </message>
    <message numerus="yes">
        <source>{0}: %n changes, slipped {1} in all</source>
        <translation>
            <numerusform>{0}: %n изменение, всего сдвиг на {1} позже</numerusform>
            <numerusform>{0}: %n изменения, всего сдвиг на {1} позже</numerusform>
            <numerusform>{0}: %n изменений, всего сдвиг на {1} позже</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}: %n changes, moved earlier by {1} in all</source>
        <translation>
            <numerusform>{0}: %n изменение, всего сдвиг на {1} раньше</numerusform>
            <numerusform>{0}: %n изменения, всего сдвиг на {1} раньше</numerusform>
            <numerusform>{0}: %n изменений, всего сдвиг на {1} раньше</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}: %n changes, back to the NET it started from</source>
        <translation>
            <numerusform>{0}: %n изменение, снова исходная дата</numerusform>
            <numerusform>{0}: %n изменения, снова исходная дата</numerusform>
            <numerusform>{0}: %n изменений, снова исходная дата</numerusform>
        </translation>
    </message>
</context>
</TS>
