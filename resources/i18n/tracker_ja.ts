<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>AgencyPage</name>
    <message>
        <source>Abbreviation:</source>
        <translation>略称：</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>国：</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>ミッション</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>機体</translation>
    </message>
    <message>
        <source>Double-click a mission to show it in the main window</source>
        <translation>ダブルクリックでメインウィンドウにミッションを表示</translation>
    </message>
    <message>
        <source>Double-click a person to open their page</source>
        <translation>ダブルクリックで人物のページを開く</translation>
    </message>
    <message>
        <source>Double-click a vehicle to open its page</source>
        <translation>ダブルクリックで機体のページを開く</translation>
    </message>
    <message>
        <source>Missions, people and vehicles</source>
        <translation>ミッション・人物・機体</translation>
    </message>
    <message numerus="yes">
        <source>Missions (%n)</source>
        <translation>
            <numerusform>ミッション（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>People (%n)</source>
        <translation>
            <numerusform>人物（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Vehicles (%n)</source>
        <translation>
            <numerusform>機体（%n）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangesDock</name>
    <message>
        <source>Changes</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Changes the updates brought, newest first</source>
        <translation>更新による変更（新しい順）</translation>
    </message>
    <message>
        <source>No changes yet: File ▸ Update Now (F5) fetches the launches from Launch Library 2, and what each update changes is listed here.</source>
        <translation>まだ変更はありません。ファイル ▸ 今すぐ更新（F5）で Launch Library 2 から打ち上げを取得すると、更新ごとの変更がここに表示されます。</translation>
    </message>
    <message numerus="yes">
        <source>%n new since you last looked (marked {0})</source>
        <translation>
            <numerusform>前回の確認以降の新着%n件（{0}印）</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new since you last looked.</source>
        <translation>前回の確認以降、新着はありません。</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <source>New launch</source>
        <translation>新しい打ち上げ</translation>
    </message>
    <message>
        <source>NET moved</source>
        <translation>NET変更</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>クルー</translation>
    </message>
    <message>
        <source>Webcast added</source>
        <translation>中継を追加</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>ミッション</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>New since you last looked</source>
        <translation>前回の確認以降の新着</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>the chart could not be encoded as PNG: {0}</source>
        <translation>グラフをPNGに変換できませんでした：{0}</translation>
    </message>
</context>
<context>
    <name>ChoiceButton</name>
    <message>
        <source>Any</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
</context>
<context>
    <name>ClockDialog</name>
    <message>
        <source>Clock</source>
        <translation>時計</translation>
    </message>
    <message>
        <source>&amp;Live time</source>
        <translation>リアルタイム(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Simulated clock, running from:</source>
        <translation>シミュレーション時刻、開始時点(&amp;S)：</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm:ss &apos;UTC&apos;</source>
        <translation>yyyy/MM/dd HH:mm:ss &apos;UTC&apos;</translation>
    </message>
    <message>
        <source>Simulated clock start, in UTC</source>
        <translation>シミュレーション開始時刻（UTC）</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>{0} (the default data&apos;s day)</source>
        <translation>{0}（初期データの日付）</translation>
    </message>
    <message>
        <source>A simulated clock starts at the moment you choose and then runs on.</source>
        <translation>シミュレーション時刻は選んだ時点から始まり、そのまま進みます。</translation>
    </message>
</context>
<context>
    <name>ClockModeWindow</name>
    <message>
        <source>Countdown — Mission Tracker</source>
        <translation>カウントダウン — Mission Tracker</translation>
    </message>
    <message>
        <source>Countdown, clock mode</source>
        <translation>カウントダウン（時計モード）</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>カウントダウン</translation>
    </message>
    <message>
        <source>No launch ahead</source>
        <translation>予定された打ち上げはありません</translation>
    </message>
    <message>
        <source>dddd dd MMMM yyyy, HH:mm</source>
        <translation>yyyy年M月d日(ddd) HH:mm</translation>
    </message>
    <message>
        <source>Local time: {0} {1}</source>
        <translation>現地時刻：{0} {1}</translation>
    </message>
    <message>
        <source>{0}: {1} ({2})</source>
        <translation>{0}：{1}（{2}）</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>IN FLIGHT</source>
        <translation>飛行中</translation>
    </message>
    <message>
        <source>NEXT LAUNCH</source>
        <translation>次の打ち上げ</translation>
    </message>
    <message>
        <source>No crew assigned yet</source>
        <translation>クルー未定</translation>
    </message>
    <message>
        <source>Simulated clock: {0}</source>
        <translation>シミュレーション時刻：{0}</translation>
    </message>
</context>
<context>
    <name>CountdownBanner</name>
    <message>
        <source>Next launch countdown</source>
        <translation>次の打ち上げまでのカウントダウン</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>カウントダウン</translation>
    </message>
    <message>
        <source>No launch ahead</source>
        <translation>予定された打ち上げはありません</translation>
    </message>
    <message>
        <source>No mission in the database is waiting to fly.</source>
        <translation>データベースに打ち上げ待ちのミッションはありません。</translation>
    </message>
</context>
<context>
    <name>CountsModel</name>
    <message>
        <source>Missions</source>
        <translation>ミッション</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>機体</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>機関</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>{0}, {1}: {2}</source>
        <translation>{0}、{1}：{2}</translation>
    </message>
</context>
<context>
    <name>CrewTableModel</name>
    <message>
        <source>Seat</source>
        <translation>座席</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>機関</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <source>Double-click or press F2 to change the role</source>
        <translation>ダブルクリックまたは F2 で役割を変更</translation>
    </message>
</context>
<context>
    <name>DataAge</name>
    <message>
        <source>d MMMM yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n年</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%nか月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n週間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n時間</numerusform>
        </translation>
    </message>
    <message>
        <source>Default data as of {0} — the clock runs from there</source>
        <translation>{0}時点の初期データ — 時計はそこから進みます</translation>
    </message>
    <message>
        <source>The data is {0} old (as of {1}): launches since then are missing and NETs may have moved</source>
        <translation>データは{0}前のものです（{1}時点）。その後の打ち上げは含まれず、NETが変わっている可能性があります</translation>
    </message>
    <message>
        <source>The data is {0} old: update it from Launch Library 2 (File ▸ Update Now, F5) to see the launches ahead.</source>
        <translation>データは{0}前のものです。今後の打ち上げを見るには Launch Library 2 から更新してください（ファイル ▸ 今すぐ更新、F5）。</translation>
    </message>
</context>
<context>
    <name>DataAgeBar</name>
    <message>
        <source>The data&apos;s age</source>
        <translation>データの鮮度</translation>
    </message>
    <message>
        <source>Use Live Time</source>
        <translation>リアルタイムを使用</translation>
    </message>
    <message>
        <source>Run the clock on the current time (remembered)</source>
        <translation>時計を現在時刻で動かす（記憶されます）</translation>
    </message>
    <message>
        <source>Fetch the current launches (File ▸ Update Now, F5)</source>
        <translation>最新の打ち上げを取得（ファイル ▸ 今すぐ更新、F5）</translation>
    </message>
    <message>
        <source>Update from Launch Library 2</source>
        <translation>Launch Library 2から更新</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>更新中…</translation>
    </message>
</context>
<context>
    <name>DataService</name>
    <message>
        <source>{0} on {1}</source>
        <comment>a database on a server</comment>
        <translation>{1} 上の {0}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Any date</source>
        <translation>日付指定なし</translation>
    </message>
    <message>
        <source>{0} (Delete: any date)</source>
        <translation>{0}（Delete：日付指定なし）</translation>
    </message>
</context>
<context>
    <name>EditGate</name>
    <message>
        <source>Read-only: {reason}</source>
        <translation>読み取り専用：{reason}</translation>
    </message>
    <message>
        <source>Nothing can be changed here</source>
        <translation>ここでは何も変更できません</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <source>— none —</source>
        <translation>— なし —</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>それでも保存しますか？</translation>
    </message>
    <message>
        <source>Not saved: confirmation declined.</source>
        <translation>保存していません：確認が拒否されました。</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>{0} を編集</translation>
    </message>
    <message>
        <source>New agency</source>
        <translation>新しい機関</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Abbreviation:</source>
        <translation>略称(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>国(&amp;C)：</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>新しい人物</translation>
    </message>
    <message>
        <source>Private (no agency)</source>
        <translation>個人（機関なし）</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>機関(&amp;A)：</translation>
    </message>
    <message>
        <source>N&amp;ationality:</source>
        <translation>国籍(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>ステータス(&amp;S)：</translation>
    </message>
    <message>
        <source>New vehicle</source>
        <translation>新しい機体</translation>
    </message>
    <message>
        <source>none (a launcher)</source>
        <translation>なし（ロケット）</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>運用者(&amp;O)：</translation>
    </message>
    <message>
        <source>Crew &amp;capacity:</source>
        <translation>搭乗定員(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;First crewed flight:</source>
        <translation>初の有人飛行(&amp;F)：</translation>
    </message>
    <message>
        <source>New mission</source>
        <translation>新しいミッション</translation>
    </message>
    <message>
        <source>not given yet</source>
        <translation>未入力</translation>
    </message>
    <message>
        <source>why the NET moved (kept in the schedule history)</source>
        <translation>NETが変わった理由（スケジュール履歴に残ります）</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>ステータス(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Spacecraft:</source>
        <translation>宇宙船(&amp;S)：</translation>
    </message>
    <message>
        <source>Ca&amp;psule:</source>
        <translation>カプセル(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Launcher:</source>
        <translation>ロケット(&amp;L)：</translation>
    </message>
    <message>
        <source>Launch s&amp;ite:</source>
        <translation>射場(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>目的地(&amp;D)：</translation>
    </message>
    <message>
        <source>N&amp;ET:</source>
        <translation>NET(&amp;E)：</translation>
    </message>
    <message>
        <source>NET p&amp;recision:</source>
        <translation>NET精度(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Window opens:</source>
        <translation>ウィンドウ開始(&amp;W)：</translation>
    </message>
    <message>
        <source>Window &amp;closes:</source>
        <translation>ウィンドウ終了(&amp;C)：</translation>
    </message>
    <message>
        <source>Landin&amp;g:</source>
        <translation>着陸(&amp;G)：</translation>
    </message>
    <message>
        <source>Descriptio&amp;n:</source>
        <translation>説明(&amp;N)：</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>出典(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Reason for a NET change:</source>
        <translation>NET変更の理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Give a NET: the earliest the mission may launch, as precisely as it is known (a year is enough: choose the precision Year).</source>
        <translation>NETを入力してください：ミッションが打ち上げられる最も早い時期を、わかっている精度で（年だけでも可：精度「年」を選択）。</translation>
    </message>
    <message>
        <source>They come off those crews.</source>
        <translation>その人物はそれらのクルーから外れます。</translation>
    </message>
    <message>
        <source>Those missions keep no record of it.</source>
        <translation>それらのミッションから参照が消えます。</translation>
    </message>
    <message>
        <source>Those records are left without an agency.</source>
        <translation>それらのレコードは機関なしになります。</translation>
    </message>
    <message>
        <source>Its crew assignments and schedule history go with it.</source>
        <translation>クルーの割り当てとスケジュール履歴も一緒に削除されます。</translation>
    </message>
    <message>
        <source>Delete {0} anyway? {1} Undo puts it all back.</source>
        <translation>それでも {0} を削除しますか？{1} 元に戻すとすべて復元されます。</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Mission Tracker: unexpected error</source>
        <translation>Mission Tracker：予期しないエラー</translation>
    </message>
    <message>
        <source>Something went wrong that Mission Tracker did not expect. Nothing half-done was saved: the window shows the database as it is now.</source>
        <translation>Mission Tracker で予期しない問題が発生しました。中途半端な変更は保存されていません。ウィンドウには現在のデータベースの内容が表示されています。</translation>
    </message>
    <message numerus="yes">
        <source>%n more error(s) since.</source>
        <translation>
            <numerusform>その後さらに%n件のエラー。</numerusform>
        </translation>
    </message>
    <message>
        <source>The log file has the details.</source>
        <translation>詳細はログファイルにあります。</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Backups (*.bak *.db);;All files (*)</source>
        <translation>バックアップ (*.bak *.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Mission Tracker databases (*.db *.sqlite);;All files (*)</source>
        <translation>Mission Tracker データベース (*.db *.sqlite);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Open a Mission Tracker database</source>
        <translation>Mission Tracker データベースを開く</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>データベースを開く</translation>
    </message>
    <message>
        <source>Not opened: {0}</source>
        <translation>開けませんでした：{0}</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>開いています…</translation>
    </message>
    <message>
        <source>Opened {0}</source>
        <translation>{0} を開きました</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>データベースをバックアップ</translation>
    </message>
    <message>
        <source>SQLite databases (*.db)</source>
        <translation>SQLite データベース (*.db)</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>No backup was written: {0}</source>
        <translation>バックアップは書き込まれませんでした：{0}</translation>
    </message>
    <message>
        <source>Backed up to {0}</source>
        <translation>{0} にバックアップしました</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Nothing was restored: {0}</source>
        <translation>何も復元されませんでした：{0}</translation>
    </message>
    <message>
        <source>Restored {0}; what it replaced is saved as {1}</source>
        <translation>{0} を復元しました。置き換えた内容は {1} として保存されています</translation>
    </message>
    <message>
        <source>Restored {0}</source>
        <translation>{0} を復元しました</translation>
    </message>
    <message>
        <source>Export upcoming launches as a calendar</source>
        <translation>今後の打ち上げをカレンダーとしてエクスポート</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>カレンダーをエクスポート</translation>
    </message>
    <message>
        <source>Nothing was written: {0}</source>
        <translation>何も書き込まれませんでした：{0}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n launches to {0}</source>
        <translation>
            <numerusform>{0} に%n件の打ち上げを書き込みました</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored. What it replaced was saved as {0}.</source>
        <translation>復元しました。置き換えた内容は {0} として保存されました。</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>a server database has no file to go back to</source>
        <translation>サーバーのデータベースには戻すためのファイルがありません</translation>
    </message>
    <message>
        <source>no backup could be taken before it ({0})</source>
        <translation>事前にバックアップを作成できませんでした（{0}）</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>インポートを中止しました。何も変更されていません。</translation>
    </message>
    <message>
        <source>Nothing was imported: {0}</source>
        <translation>何もインポートされませんでした：{0}</translation>
    </message>
    <message>
        <source>Nothing was imported: unexpected error: {0}</source>
        <translation>何もインポートされませんでした：予期しないエラー：{0}</translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation>{0} をインポート中…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Import Launch Library 2 data or an archive</source>
        <translation>Launch Library 2 のデータまたはアーカイブをインポート</translation>
    </message>
    <message>
        <source>Launch Library 2 or archive JSON (*.json);;All files (*)</source>
        <translation>Launch Library 2 またはアーカイブの JSON (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Export everything to an archive</source>
        <translation>すべてをアーカイブにエクスポート</translation>
    </message>
    <message>
        <source>Mission Tracker archive (*.json)</source>
        <translation>Mission Tracker アーカイブ (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Nothing was written: {0}</source>
        <translation>何も書き込まれませんでした：{0}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Any agency</source>
        <translation>すべての機関</translation>
    </message>
    <message>
        <source>Any vehicle</source>
        <translation>すべての機体</translation>
    </message>
    <message>
        <source>Any launch site</source>
        <translation>すべての射場</translation>
    </message>
    <message>
        <source>Any destination</source>
        <translation>すべての目的地</translation>
    </message>
    <message>
        <source>&amp;Crewed only</source>
        <translation>有人のみ(&amp;C)</translation>
    </message>
    <message>
        <source>Crewed only</source>
        <translation>有人のみ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>NET from</source>
        <translation>NET開始</translation>
    </message>
    <message>
        <source>NET until</source>
        <translation>NET終了</translation>
    </message>
    <message>
        <source>NET &amp;from</source>
        <translation>NET開始(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>終了(&amp;U)</translation>
    </message>
</context>
<context>
    <name>FilterWords</name>
    <message numerus="yes">
        <source>next %n days</source>
        <translation>
            <numerusform>今後%n日間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last %n days</source>
        <translation>
            <numerusform>過去%n日間</numerusform>
        </translation>
    </message>
    <message>
        <source>today {0:+d} to {1:+d} days</source>
        <translation>今日から{0:+d}〜{1:+d}日</translation>
    </message>
    <message>
        <source>no filter</source>
        <translation>フィルターなし</translation>
    </message>
    <message>
        <source>crewed</source>
        <translation>有人</translation>
    </message>
    <message>
        <source>precision {}</source>
        <translation>精度 {}</translation>
    </message>
    <message>
        <source>from {}</source>
        <translation>{}から</translation>
    </message>
    <message>
        <source>until {}</source>
        <translation>{}まで</translation>
    </message>
    <message>
        <source>{} to {}</source>
        <translation>{}〜{}</translation>
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
        <translation>&lt;p&gt;有人宇宙飛行ミッションとそのクルー・機体、そして次の打ち上げまでのカウントダウン。すべてこのコンピューター上のデータベースに保存され、オフラインでも動作します。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The list and the detail&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;一覧と詳細&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The list shows every mission; the next launch is in bold and marked &lt;b&gt;&amp;#9664; Next&lt;/b&gt;. Click a column title to sort. Type in the search box (&lt;b&gt;Ctrl+F&lt;/b&gt;) to find missions by name, vehicle, agency, destination or crew; press &lt;b&gt;Down&lt;/b&gt; to move into the results or &lt;b&gt;Return&lt;/b&gt; to take the first match. The scope box beside it and the filter bar (&lt;b&gt;Ctrl+Shift+F&lt;/b&gt;) narrow the list further; &lt;b&gt;Ctrl+Shift+L&lt;/b&gt; clears them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;一覧にはすべてのミッションが表示され、次の打ち上げは太字で &lt;b&gt;&amp;#9664; 次&lt;/b&gt; と示されます。列見出しをクリックすると並べ替えます。検索ボックス（&lt;b&gt;Ctrl+F&lt;/b&gt;）に入力すると、名前・機体・機関・目的地・クルーでミッションを探せます。&lt;b&gt;↓&lt;/b&gt; で結果に移動、&lt;b&gt;Enter&lt;/b&gt; で最初の一致を選びます。横の範囲欄とフィルターバー（&lt;b&gt;Ctrl+Shift+F&lt;/b&gt;）でさらに絞り込めます。&lt;b&gt;Ctrl+Shift+L&lt;/b&gt; で解除します。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The detail on the right shows the selected mission: its vehicles, schedule, launch window, landing, description and source, its crew and its schedule history. &lt;b&gt;Reschedule&amp;hellip;&lt;/b&gt; moves its NET; the change joins the history.&lt;/p&gt;</source>
        <translation>&lt;p&gt;右側の詳細には選択したミッションの機体、日程、打ち上げウィンドウ、着陸、説明と出典、クルー、スケジュール履歴が表示されます。&lt;b&gt;日程変更&amp;hellip;&lt;/b&gt; でNETを動かすと、その変更が履歴に加わります。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Crews&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;クルー&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Pick a person and a role under &lt;i&gt;Crew&lt;/i&gt; and choose &lt;b&gt;Add to crew&lt;/b&gt;, or drag a person from the People panel (&lt;b&gt;View &amp;#9656; People&lt;/b&gt;) onto the roster or onto a mission in the list. Drag rows (or &lt;b&gt;Alt+Up&lt;/b&gt;/&lt;b&gt;Alt+Down&lt;/b&gt;) to reorder, double-click a role to change it, &lt;b&gt;Delete&lt;/b&gt; to remove. A roster over its spacecraft&apos;s capacity, the same person twice, or a person on two overlapping flights is refused, and nothing is half-saved. Every change can be undone (&lt;b&gt;Ctrl+Z&lt;/b&gt;) and redone.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;クルー&lt;/i&gt; で人物と役割を選んで &lt;b&gt;クルーに追加&lt;/b&gt; を押すか、人物パネル（&lt;b&gt;表示 &amp;#9656; 人物&lt;/b&gt;）から人物をクルー表や一覧のミッションへドラッグします。行のドラッグ（または &lt;b&gt;Alt+↑&lt;/b&gt;/&lt;b&gt;Alt+↓&lt;/b&gt;）で並べ替え、役割のダブルクリックで変更、&lt;b&gt;Delete&lt;/b&gt; で削除します。宇宙船の定員を超えるクルー、同じ人物の重複、期間が重なる2つの飛行への割り当ては拒否され、中途半端に保存されることはありません。すべての変更は元に戻せ（&lt;b&gt;Ctrl+Z&lt;/b&gt;）、やり直せます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The clock and the data&apos;s age&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;時計とデータの鮮度&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The countdown above the list follows the next launch. &lt;b&gt;View &amp;#9656; Clock&lt;/b&gt; sets the clock to live time or runs a simulated clock from a moment you choose. The default data describes the world as of 27 October 2021, so the window starts on that moment, with Crew-3 counting down, until you choose live time or update the data.&lt;/p&gt;</source>
        <translation>&lt;p&gt;一覧の上のカウントダウンは次の打ち上げを追います。&lt;b&gt;表示 &amp;#9656; 時計&lt;/b&gt; で時計をリアルタイムにするか、選んだ時点からシミュレーション時刻を動かします。初期データは2021年10月27日時点の世界を表しているため、リアルタイムを選ぶかデータを更新するまで、ウィンドウはその時点から Crew-3 のカウントダウンを表示します。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Staying current&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;最新の状態を保つ&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;File &amp;#9656; Update Now&lt;/b&gt; (&lt;b&gt;F5&lt;/b&gt;) fetches the upcoming launches from Launch Library 2, within its free budget of requests; once you have updated, the app keeps the data current in the background. The status bar says when it last updated and when it will next; offline is normal and changes nothing. &lt;b&gt;View &amp;#9656; Changes&lt;/b&gt; lists what the updates changed, newest first.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;ファイル &amp;#9656; 今すぐ更新&lt;/b&gt;（&lt;b&gt;F5&lt;/b&gt;）は、無料のリクエスト枠の範囲で Launch Library 2 から今後の打ち上げを取得します。一度更新すると、以後はバックグラウンドでデータを最新に保ちます。ステータスバーに前回と次回の更新時刻が表示されます。オフラインでも問題なく、何も変わりません。&lt;b&gt;表示 &amp;#9656; 変更&lt;/b&gt; には更新による変更が新しい順に並びます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Files&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;ファイル&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;File &amp;#9656; Import&lt;/b&gt; reads Launch Library 2 JSON or an archive; the summary can undo the import while nothing else has changed. &lt;b&gt;Export Archive&lt;/b&gt; writes everything to one JSON file, &lt;b&gt;Export Calendar&lt;/b&gt; the upcoming launches as an iCalendar file. &lt;b&gt;Back Up&lt;/b&gt; and &lt;b&gt;Restore a Backup&lt;/b&gt; work on the whole database; a copy of what a restore replaces is kept beside it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;ファイル &amp;#9656; インポート&lt;/b&gt; は Launch Library 2 の JSON またはアーカイブを読み込みます。ほかに変更がない間は、結果画面からインポートを取り消せます。&lt;b&gt;アーカイブをエクスポート&lt;/b&gt; はすべてを1つの JSON ファイルに、&lt;b&gt;カレンダーをエクスポート&lt;/b&gt; は今後の打ち上げを iCalendar ファイルに書き出します。&lt;b&gt;バックアップ&lt;/b&gt; と &lt;b&gt;バックアップから復元&lt;/b&gt; はデータベース全体を扱い、復元で置き換わる内容のコピーはその横に残ります。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Reminders&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;リマインダー&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Crewed missions are followed: a reminder comes at the lead times set in &lt;b&gt;View &amp;#9656; Reminders&lt;/b&gt; (for example &lt;i&gt;24 h, 1 h, 10 min&lt;/i&gt;). Untick &lt;i&gt;Remind me before launch&lt;/i&gt; in the detail to stop following one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;有人ミッションはフォローされ、&lt;b&gt;表示 &amp;#9656; リマインダー&lt;/b&gt; で設定したタイミング（例：&lt;i&gt;24 h, 1 h, 10 min&lt;/i&gt;）で通知が届きます。フォローをやめるには詳細の &lt;i&gt;打ち上げ前に通知&lt;/i&gt; のチェックを外します。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Language&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;言語&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The window speaks the system&apos;s language when it knows it (English, German, Russian or Japanese); &lt;b&gt;View &amp;#9656; Language&lt;/b&gt; chooses another, from the next start. The command line and its JSON stay in English, for scripts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ウィンドウは対応している場合システムの言語（英語・ドイツ語・ロシア語・日本語）で表示されます。&lt;b&gt;表示 &amp;#9656; 言語&lt;/b&gt; で別の言語を選ぶと、次回の起動から切り替わります。コマンドラインとその JSON はスクリプトのため英語のままです。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every shortcut is listed under &lt;b&gt;Help &amp;#9656; Keyboard Shortcuts&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;すべてのショートカットは &lt;b&gt;ヘルプ &amp;#9656; キーボードショートカット&lt;/b&gt; にあります。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Mission Tracker User Guide</source>
        <translation>Mission Tracker ユーザーガイド</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>ユーザーガイド</translation>
    </message>
</context>
<context>
    <name>ImageLabel</name>
    <message>
        <source>Mission patch</source>
        <translation>ミッションパッチ</translation>
    </message>
    <message>
        <source>Vehicle image</source>
        <translation>機体の画像</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>肖像</translation>
    </message>
    <message>
        <source>Agency logo</source>
        <translation>機関のロゴ</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>表示中</translation>
    </message>
    <message>
        <source>No image available</source>
        <translation>画像はありません</translation>
    </message>
</context>
<context>
    <name>ImageSlot</name>
    <message>
        <source>Picture of {0}</source>
        <translation>{0}の画像</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Imported {0}</source>
        <translation>{0} をインポートしました</translation>
    </message>
    <message>
        <source>What the import did</source>
        <translation>インポートの結果</translation>
    </message>
    <message>
        <source>NETs moved: {0}</source>
        <translation>変更されたNET：{0}</translation>
    </message>
    <message>
        <source>No NET moved.</source>
        <translation>NETの変更はありません。</translation>
    </message>
    <message>
        <source>Skipped, and why</source>
        <translation>スキップした項目と理由</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>このインポートを取り消す(&amp;U)</translation>
    </message>
    <message>
        <source>Other edits came after the import: undo them first.</source>
        <translation>インポートの後に別の編集があります。先にそれらを取り消してください。</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>インポートを取り消しました</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>Import {0}</source>
        <translation>{0} のインポート</translation>
    </message>
    <message>
        <source>This import cannot be undone: {0}.</source>
        <translation>このインポートは元に戻せません：{0}。</translation>
    </message>
    <message>
        <source>The database has changed since (an edit, an update or another window), and going back would lose that change, so nothing was undone. To go back anyway, restore {0} (File ▸ Restore a Backup).</source>
        <translation>その後データベースが変更されており（編集、更新、または別のウィンドウ）、元に戻すとその変更が失われるため、何も取り消していません。それでも戻すには {0} を復元してください（ファイル ▸ バックアップから復元）。</translation>
    </message>
    <message>
        <source>what the import brought was not kept</source>
        <translation>インポートの内容は保存されていません</translation>
    </message>
    <message>
        <source>Skipped, and why:</source>
        <translation>スキップした項目と理由：</translation>
    </message>
    <message>
        <source>Your values kept (the file differs):</source>
        <translation>手元の値を保持（ファイルと異なる）：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>メモ：</translation>
    </message>
</context>
<context>
    <name>InstantEdit</name>
    <message>
        <source>yyyy-MM-dd HH:mm:ss &apos;UTC&apos;</source>
        <translation>yyyy/MM/dd HH:mm:ss &apos;UTC&apos;</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
</context>
<context>
    <name>Landing</name>
    <message>
        <source>Landed</source>
        <translation>着陸</translation>
    </message>
    <message>
        <source>Crew lost</source>
        <translation>クルー喪失</translation>
    </message>
    <message>
        <source>In orbit</source>
        <translation>軌道上</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Lan&amp;guage</source>
        <translation>言語(&amp;G)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Mission Tracker will use this language from its next start.</source>
        <translation>Mission Tracker は次回の起動からこの言語を使います。</translation>
    </message>
    <message>
        <source>Mission Tracker will follow the system&apos;s language from its next start.</source>
        <translation>Mission Tracker は次回の起動からシステムの言語に従います。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
</context>
<context>
    <name>LeadTimesDialog</name>
    <message>
        <source>Reminders</source>
        <translation>リマインダー</translation>
    </message>
    <message>
        <source>Remind me this long before each followed launch, e.g. 24 h, 1 h, 10 min (also 1 d, 30 min, 2 h 30 min).
Crewed missions are followed unless you untick “Remind me”.</source>
        <translation>フォロー中の各打ち上げの何分前に知らせるか。例：24 h, 1 h, 10 min（1 d, 30 min, 2 h 30 min も可）。
有人ミッションは「打ち上げ前に通知」のチェックを外さない限りフォローされます。</translation>
    </message>
    <message>
        <source>Reminder lead times</source>
        <translation>リマインダーの通知タイミング</translation>
    </message>
</context>
<context>
    <name>LinkList</name>
    <message>
        <source>Webcasts and links</source>
        <translation>中継とリンク</translation>
    </message>
    <message>
        <source>Not opened: {0} is not a web address (http or https)</source>
        <translation>開けません：{0} はWebアドレス（http または https）ではありません</translation>
    </message>
    <message>
        <source>Could not open {0}: no browser answered</source>
        <translation>{0} を開けませんでした：ブラウザーが応答しません</translation>
    </message>
</context>
<context>
    <name>LinkListModel</name>
    <message>
        <source>Webcast, live: {0}</source>
        <translation>中継（ライブ）：{0}</translation>
    </message>
    <message>
        <source>Webcast: {0}</source>
        <translation>中継：{0}</translation>
    </message>
    <message>
        <source>Link: {0}</source>
        <translation>リンク：{0}</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>LIVE</source>
        <translation>ライブ</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <source>Search missions</source>
        <translation>ミッションを検索</translation>
    </message>
    <message>
        <source>Search missions…  (Ctrl+F)</source>
        <translation>ミッションを検索…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Finds missions by name, vehicle, agency, destination or crew member; Down or Return moves into the results</source>
        <translation>名前・機体・機関・目的地・クルーでミッションを検索。↓ または Enter で結果へ移動</translation>
    </message>
    <message>
        <source>Show missions</source>
        <translation>表示するミッション</translation>
    </message>
    <message>
        <source>All missions</source>
        <translation>すべてのミッション</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>今後</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>過去</translation>
    </message>
    <message>
        <source>&amp;Filter Bar</source>
        <translation>フィルターバー(&amp;F)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <source>Show or hide the filter bar (Ctrl+Shift+F)</source>
        <translation>フィルターバーの表示・非表示（Ctrl+Shift+F）</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>フィルターを解除(&amp;C)</translation>
    </message>
    <message>
        <source>Show every mission: clear the filters, the search and the scope</source>
        <translation>すべてのミッションを表示：フィルター・検索・範囲を解除</translation>
    </message>
    <message>
        <source>&amp;Save View…</source>
        <translation>ビューを保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Manage Views…</source>
        <translation>ビューを管理(&amp;M)…</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>ビュー</translation>
    </message>
    <message>
        <source>Filters and saved views</source>
        <translation>フィルターと保存したビュー</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>フィルターを解除</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>ビューを保存</translation>
    </message>
    <message>
        <source>Keep the current filter and search as:</source>
        <translation>現在のフィルターと検索を次の名前で保存：</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %Ln missions</source>
        <translation>
            <numerusform>{0} / %Ln件のミッション</numerusform>
        </translation>
    </message>
    <message>
        <source>Filtered: {0} — {1}</source>
        <translation>絞り込み中：{0} — {1}</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>ミッション</translation>
    </message>
</context>
<context>
    <name>LiveData</name>
    <message numerus="yes">
        <source>{0} and %n more</source>
        <translation>
            <numerusform>{0} ほか%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>Updating from Launch Library 2…</source>
        <translation>Launch Library 2から更新中…</translation>
    </message>
    <message>
        <source>Updated from Launch Library 2: {0} new, {1} updated</source>
        <translation>Launch Library 2から更新：新規{0}件、更新{1}件</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>データベース：{0}</translation>
    </message>
    <message>
        <source>Could not read missions: {0}</source>
        <translation>ミッションを読み込めませんでした：{0}</translation>
    </message>
    <message>
        <source>Updated with changes made elsewhere</source>
        <translation>他で行われた変更を反映しました</translation>
    </message>
    <message numerus="yes">
        <source>Reading %Ln missions… ({0} so far)</source>
        <translation>
            <numerusform>%Ln件のミッションを読み込み中…（現在{0}件）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln missions</source>
        <translation>
            <numerusform>ミッション%Ln件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of %Ln missions shown</source>
        <translation>
            <numerusform>%Ln件中{0}件のミッションを表示</numerusform>
        </translation>
    </message>
    <message>
        <source>About Mission Tracker</source>
        <translation>Mission Tracker について</translation>
    </message>
    <message>
        <source>&lt;p&gt;Crewed spaceflight missions, crews, vehicles and launch countdowns. Works offline; your data stays yours.&lt;/p&gt;</source>
        <translation>&lt;p&gt;有人宇宙飛行のミッション、クルー、機体、打ち上げカウントダウン。オフラインで動作し、データは手元に残ります。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ManageViews</name>
    <message>
        <source>Saved Views</source>
        <translation>保存したビュー</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>保存したビュー</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>名前を変更(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
</context>
<context>
    <name>MentionLink</name>
    <message>
        <source>Double-click (or Enter) to open its page</source>
        <translation>ダブルクリック（または Enter）でページを開く</translation>
    </message>
    <message>
        <source>Press Enter to open its page</source>
        <translation>Enter でページを開く</translation>
    </message>
    <message>
        <source>Open &amp;Page</source>
        <translation>ページを開く(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export Archive…</source>
        <translation>アーカイブをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;Calendar…</source>
        <translation>カレンダーをエクスポート(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>バックアップ(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore a Backup…</source>
        <translation>バックアップから復元(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Update Now</source>
        <translation>今すぐ更新(&amp;U)</translation>
    </message>
    <message>
        <source>Fetch the current launches from Launch Library 2 (F5)</source>
        <translation>Launch Library 2 から最新の打ち上げを取得（F5）</translation>
    </message>
    <message>
        <source>Update &amp;Automatically</source>
        <translation>自動更新(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;New Mission…</source>
        <translation>新しいミッション(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit Mission…</source>
        <translation>ミッションを編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete Mission…</source>
        <translation>ミッションを削除(&amp;D)…</translation>
    </message>
    <message>
        <source>People, &amp;Vehicles and Agencies…</source>
        <translation>人物・機体・機関(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Countdown (clock mode)</source>
        <translation>カウントダウン（時計モード）(&amp;C)</translation>
    </message>
    <message>
        <source>Clock mode &amp;full screen</source>
        <translation>時計モードを全画面表示(&amp;F)</translation>
    </message>
    <message>
        <source>C&amp;lock…</source>
        <translation>時計(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation>リマインダー(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>人物(&amp;P)</translation>
    </message>
    <message>
        <source>Edit &amp;history</source>
        <translation>編集履歴(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Changes</source>
        <translation>変更(&amp;C)</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>ユーザーガイド(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>Re&amp;schedule…</source>
        <translation>日程変更(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Database File…</source>
        <translation>データベースファイルを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Team Database…</source>
        <translation>チームデータベースを開く(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>タイムゾーン(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>外観(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>統計(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>ツールバー(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Mission Tracker</source>
        <translation>Mission Tracker について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>メインツールバー</translation>
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
        <translation>宇宙船：</translation>
    </message>
    <message>
        <source>Launcher:</source>
        <translation>ロケット：</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>運用者：</translation>
    </message>
    <message>
        <source>Launch site:</source>
        <translation>射場：</translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation>目的地：</translation>
    </message>
    <message>
        <source>NET:</source>
        <translation>NET：</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>ウィンドウ：</translation>
    </message>
    <message>
        <source>Landing:</source>
        <translation>着陸：</translation>
    </message>
    <message>
        <source>NET passed: no reminder to give</source>
        <translation>NETを過ぎたため通知はありません</translation>
    </message>
    <message>
        <source>On hold: reminders wait until the count resumes</source>
        <translation>ホールド中：カウント再開まで通知を待機します</translation>
    </message>
    <message>
        <source>A day ahead; nearer reminders once the launch time is known</source>
        <translation>前日に通知。打ち上げ時刻が決まればさらに直前にも通知します</translation>
    </message>
    <message>
        <source>Reminders start once the NET is known to the day</source>
        <translation>NETが日単位で決まると通知が始まります</translation>
    </message>
    <message>
        <source>Mission detail</source>
        <translation>ミッションの詳細</translation>
    </message>
    <message>
        <source>Webcasts and links</source>
        <translation>中継とリンク</translation>
    </message>
    <message>
        <source>Schedule history</source>
        <translation>スケジュール履歴</translation>
    </message>
    <message>
        <source>Remind me before launch</source>
        <translation>打ち上げ前に通知</translation>
    </message>
    <message>
        <source>Notify me at the reminder lead times (View ▸ Reminders…)</source>
        <translation>リマインダーの通知タイミングで知らせる（表示 ▸ リマインダー…）</translation>
    </message>
    <message>
        <source>Mark as…</source>
        <translation>ステータス設定…</translation>
    </message>
    <message>
        <source>Set the launch status by hand: a hold, the liftoff, the outcome</source>
        <translation>打ち上げステータスを手動で設定：ホールド、リフトオフ、結果</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>日程変更…</translation>
    </message>
    <message>
        <source>Move this mission&apos;s NET; the change joins its history</source>
        <translation>このミッションのNETを変更します。変更は履歴に残ります</translation>
    </message>
    <message>
        <source>Select a mission</source>
        <translation>ミッションを選択してください</translation>
    </message>
    <message>
        <source> — capsule {0}</source>
        <translation> — カプセル {0}</translation>
    </message>
    <message>
        <source>{0}  (precision: {1})</source>
        <translation>{0}（精度：{1}）</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>説明はありません。</translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation>出典：{0}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>記録なし</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>not announced</source>
        <translation>未発表</translation>
    </message>
</context>
<context>
    <name>MissionTableModel</name>
    <message>
        <source>◀ Next</source>
        <translation>◀ 次</translation>
    </message>
    <message>
        <source>Next launch</source>
        <translation>次の打ち上げ</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>ミッション</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>NET</source>
        <translation>NET</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>カウントダウン</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>機体</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>クルー</translation>
    </message>
    <message>
        <source>Slips</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>運用者</translation>
    </message>
    <message>
        <source>{0}: the next launch</source>
        <translation>{0}：次の打ち上げ</translation>
    </message>
    <message numerus="yes">
        <source>The NET moved %n times; the detail view shows the history</source>
        <translation>
            <numerusform>NETは%n回変更されました。履歴は詳細に表示されます</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationBar</name>
    <message>
        <source>Reminder</source>
        <translation>リマインダー</translation>
    </message>
    <message>
        <source>Dismiss reminder</source>
        <translation>リマインダーを閉じる</translation>
    </message>
</context>
<context>
    <name>PageTableModel</name>
    <message>
        <source>Mission</source>
        <translation>ミッション</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>打ち上げ</translation>
    </message>
    <message>
        <source>Landing</source>
        <translation>着陸</translation>
    </message>
    <message>
        <source>Time in space</source>
        <translation>宇宙滞在時間</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>クルー</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>機体</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>ミッション</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Crew capacity</source>
        <translation>搭乗定員</translation>
    </message>
</context>
<context>
    <name>PagesWindow</name>
    <message>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Back to the page before (Alt+Left)</source>
        <translation>前のページに戻る（Alt+←）</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>進む</translation>
    </message>
    <message>
        <source>Forward to the next page (Alt+Right)</source>
        <translation>次のページに進む（Alt+→）</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>ナビゲーション</translation>
    </message>
    <message>
        <source>{0} — Mission Tracker</source>
        <translation>{0} — Mission Tracker</translation>
    </message>
    <message>
        <source>This person is no longer in the database.</source>
        <translation>この人物はもうデータベースにありません。</translation>
    </message>
    <message>
        <source>This vehicle is no longer in the database.</source>
        <translation>この機体はもうデータベースにありません。</translation>
    </message>
    <message>
        <source>This agency is no longer in the database.</source>
        <translation>この機関はもうデータベースにありません。</translation>
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
        <translation>人物</translation>
    </message>
    <message>
        <source>Filter people…</source>
        <translation>人物を絞り込む…</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>人物を絞り込む</translation>
    </message>
    <message>
        <source>People: drag one onto a crew roster</source>
        <translation>人物：クルー表にドラッグして追加</translation>
    </message>
    <message>
        <source>Drag a person onto the crew roster to add them; double-click for their page</source>
        <translation>人物をクルー表にドラッグすると追加、ダブルクリックでその人物のページ</translation>
    </message>
    <message>
        <source>Open Person &amp;Page</source>
        <translation>人物のページを開く(&amp;P)</translation>
    </message>
</context>
<context>
    <name>PeopleListModel</name>
    <message numerus="yes">
        <source>%n missions</source>
        <translation>
            <numerusform>%n件のミッション</numerusform>
        </translation>
    </message>
    <message>
        <source>no flights yet</source>
        <translation>飛行歴なし</translation>
    </message>
    <message>
        <source>nationality unknown</source>
        <translation>国籍不明</translation>
    </message>
    <message>
        <source>{0} — {1}, {2}; {3}</source>
        <translation>{0} — {1}、{2}；{3}</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>Agency:</source>
        <translation>機関：</translation>
    </message>
    <message>
        <source>Nationality:</source>
        <translation>国籍：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>ステータス：</translation>
    </message>
    <message>
        <source>First flight:</source>
        <translation>初飛行：</translation>
    </message>
    <message>
        <source>Time in space:</source>
        <translation>宇宙滞在時間：</translation>
    </message>
    <message>
        <source>Flights</source>
        <translation>飛行</translation>
    </message>
    <message>
        <source>Double-click a flight to show its mission</source>
        <translation>飛行をダブルクリックするとそのミッションを表示</translation>
    </message>
    <message>
        <source>Private (no agency)</source>
        <translation>個人（機関なし）</translation>
    </message>
    <message>
        <source>Open the agency&apos;s page</source>
        <translation>機関のページを開く</translation>
    </message>
    <message>
        <source>Not flown yet</source>
        <translation>未飛行</translation>
    </message>
    <message>
        <source>Show this mission in the main window</source>
        <translation>このミッションをメインウィンドウに表示</translation>
    </message>
    <message numerus="yes">
        <source>%n flown</source>
        <translation>
            <numerusform>飛行済み%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not flown yet</source>
        <translation>
            <numerusform>未飛行%n</numerusform>
        </translation>
    </message>
    <message>
        <source>Flights ({0})</source>
        <translation>飛行（{0}）</translation>
    </message>
    <message>
        <source>{0} — in space now, counting</source>
        <translation>{0} — 現在宇宙に滞在中（加算中）</translation>
    </message>
</context>
<context>
    <name>PersonState</name>
    <message>
        <source>Active</source>
        <translation>現役</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>引退</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>故人</translation>
    </message>
    <message>
        <source>In-Training</source>
        <translation>訓練中</translation>
    </message>
    <message>
        <source>Lost In Flight</source>
        <translation>飛行中に殉職</translation>
    </message>
</context>
<context>
    <name>Precision</name>
    <message>
        <source>Second</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Minute</source>
        <translation>分</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>時</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>午前</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>午後</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>週</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Q1</source>
        <translation>第1四半期</translation>
    </message>
    <message>
        <source>Q2</source>
        <translation>第2四半期</translation>
    </message>
    <message>
        <source>Q3</source>
        <translation>第3四半期</translation>
    </message>
    <message>
        <source>Q4</source>
        <translation>第4四半期</translation>
    </message>
    <message>
        <source>H1</source>
        <translation>上半期</translation>
    </message>
    <message>
        <source>H2</source>
        <translation>下半期</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Fiscal Year</source>
        <translation>会計年度</translation>
    </message>
    <message>
        <source>Decade</source>
        <translation>年代</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>&amp;Other…</source>
        <translation>その他(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;UTC</source>
        <translation>UTC(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Local time</source>
        <translation>現地時刻(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Other ({0})…</source>
        <translation>その他（{0}）(&amp;O)…</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <source>Show times in this zone (e.g. Europe/Berlin, America/New_York):</source>
        <translation>このタイムゾーンで時刻を表示（例：Asia/Tokyo、America/New_York）：</translation>
    </message>
    <message>
        <source>Unknown time zone: {0}</source>
        <translation>不明なタイムゾーン：{0}</translation>
    </message>
    <message>
        <source>&amp;Follow the system</source>
        <translation>システムに従う(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>ダーク(&amp;D)</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>Delete Mission</source>
        <translation>ミッションを削除</translation>
    </message>
    <message>
        <source>Deleted {0} — Undo (Ctrl+Z) brings it back</source>
        <translation>{0} を削除しました — 元に戻す（Ctrl+Z）で復元できます</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>機関</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>ミッション</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>運用者</translation>
    </message>
    <message>
        <source>Crew capacity</source>
        <translation>搭乗定員</translation>
    </message>
    <message>
        <source>First crewed flight</source>
        <translation>初の有人飛行</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>略称</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用数</translation>
    </message>
</context>
<context>
    <name>RecordsDialog</name>
    <message>
        <source>People, vehicles and agencies</source>
        <translation>人物・機体・機関</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>人物(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Vehicles</source>
        <translation>機体(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Agencies</source>
        <translation>機関(&amp;A)</translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <source>Filter…</source>
        <translation>絞り込み…</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新規(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Open &amp;Page</source>
        <translation>ページを開く(&amp;P)</translation>
    </message>
    <message>
        <source>Open the page of the selected record</source>
        <translation>選択したレコードのページを開く</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Mission Tracker cannot open its database</source>
        <translation>Mission Tracker がデータベースを開けません</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>データベースを開けませんでした。</translation>
    </message>
    <message>
        <source>Newest backup: {0}</source>
        <translation>最新のバックアップ：{0}</translation>
    </message>
    <message>
        <source>The file was not changed.</source>
        <translation>ファイルは変更されていません。</translation>
    </message>
    <message>
        <source>Open Another File…</source>
        <translation>別のファイルを開く…</translation>
    </message>
    <message>
        <source>Restore a Backup…</source>
        <translation>バックアップから復元…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <source>Mission Tracker: no launch ahead</source>
        <translation>Mission Tracker：予定された打ち上げなし</translation>
    </message>
    <message>
        <source>Next launch: {0} · NET {1}</source>
        <translation>次の打ち上げ：{0} · {1}以降</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>{0} is launching now</source>
        <translation>{0}がまもなく打ち上げ</translation>
    </message>
    <message>
        <source>{0} launches in {1}</source>
        <translation>{0}の打ち上げまで{1}</translation>
    </message>
    <message>
        <source>{0} launches today</source>
        <translation>{0}は今日打ち上げ</translation>
    </message>
    <message>
        <source>{0} launches tomorrow</source>
        <translation>{0}は明日打ち上げ</translation>
    </message>
    <message numerus="yes">
        <source>{0} launches in %n days</source>
        <translation>
            <numerusform>{0}の打ち上げまで%n日</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Reschedule {0}</source>
        <translation>{0} の日程変更</translation>
    </message>
    <message>
        <source>{0} is NET {1}. Move it to:</source>
        <translation>{0} は {1} 以降の予定です。変更先：</translation>
    </message>
    <message>
        <source>New NET</source>
        <translation>新しいNET</translation>
    </message>
    <message>
        <source>NET precision</source>
        <translation>NET精度</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>e.g. weather, vehicle processing</source>
        <translation>例：天候、機体整備</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>日程変更</translation>
    </message>
    <message>
        <source>New &amp;NET:</source>
        <translation>新しいNET(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation>精度(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>The NET must fall in the years {0} to {1}.</source>
        <translation>NETは{0}年から{1}年の間にしてください。</translation>
    </message>
    <message>
        <source>That is the current NET: change the date, time or precision.</source>
        <translation>現在のNETと同じです。日付、時刻、精度のいずれかを変更してください。</translation>
    </message>
    <message>
        <source>New NET: {0} ({1})</source>
        <translation>新しいNET：{0}（{1}）</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Commander</source>
        <translation>コマンダー</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>パイロット</translation>
    </message>
    <message>
        <source>Mission Specialist</source>
        <translation>ミッションスペシャリスト</translation>
    </message>
    <message>
        <source>Flight Engineer</source>
        <translation>フライトエンジニア</translation>
    </message>
    <message>
        <source>Spaceflight Participant</source>
        <translation>宇宙飛行参加者</translation>
    </message>
    <message>
        <source>Spacecraft Commander</source>
        <translation>宇宙船コマンダー</translation>
    </message>
    <message>
        <source>Joint Operations Commander</source>
        <translation>共同運用コマンダー</translation>
    </message>
    <message>
        <source>Payload Specialist</source>
        <translation>ペイロードスペシャリスト</translation>
    </message>
    <message>
        <source>Medical Officer</source>
        <translation>医療担当</translation>
    </message>
    <message>
        <source>Tourist</source>
        <translation>旅行者</translation>
    </message>
</context>
<context>
    <name>RosterEditor</name>
    <message>
        <source>Crew</source>
        <translation>クルー</translation>
    </message>
    <message>
        <source>Person to add</source>
        <translation>追加する人物</translation>
    </message>
    <message>
        <source>Type a name…</source>
        <translation>名前を入力…</translation>
    </message>
    <message>
        <source>Role for the person to add</source>
        <translation>追加する人物の役割</translation>
    </message>
    <message>
        <source>Add to crew</source>
        <translation>クルーに追加</translation>
    </message>
    <message>
        <source>Add the chosen person with the chosen role (Enter)</source>
        <translation>選んだ人物を選んだ役割で追加（Enter）</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新規…</translation>
    </message>
    <message>
        <source>Someone not in the list yet: create them</source>
        <translation>リストにない人物を作成</translation>
    </message>
    <message>
        <source>Crew roster</source>
        <translation>クルー表</translation>
    </message>
    <message>
        <source>Drag a row to reorder (or Alt+Up/Alt+Down); double-click a role to change it, a name to open the person&apos;s page; drop a person from the People panel to add them</source>
        <translation>行をドラッグして並べ替え（または Alt+↑/Alt+↓）。役割をダブルクリックで変更、名前をダブルクリックで人物のページ。人物パネルから人物をドロップすると追加</translation>
    </message>
    <message>
        <source>Open Person &amp;Page</source>
        <translation>人物のページを開く(&amp;P)</translation>
    </message>
    <message>
        <source>Remove from crew</source>
        <translation>クルーから外す</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>外す</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <source>Crew ({0} of {1})</source>
        <translation>クルー（{1}人中{0}人）</translation>
    </message>
    <message>
        <source>Crew ({0})</source>
        <translation>クルー（{0}人）</translation>
    </message>
    <message>
        <source>Change it anyway?</source>
        <translation>それでも変更しますか？</translation>
    </message>
    <message>
        <source>No person named &apos;{0}&apos;: pick someone from the list.</source>
        <translation>「{0}」という人物はいません。リストから選んでください。</translation>
    </message>
    <message>
        <source>Choose a person to add.</source>
        <translation>追加する人物を選んでください。</translation>
    </message>
    <message>
        <source>person</source>
        <translation>人物</translation>
    </message>
</context>
<context>
    <name>ServerFault</name>
    <message>
        <source>The change was not made: the team database cannot be reached.</source>
        <translation>変更は行われませんでした：チームデータベースに接続できません。</translation>
    </message>
    <message>
        <source>{problem}

Retry once the server is back, or Cancel to leave it.</source>
        <translation>{problem}

サーバーが復旧したら再試行するか、キャンセルで中止してください。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
</context>
<context>
    <name>SlipHistoryModel</name>
    <message>
        <source>Changed</source>
        <translation>変更日時</translation>
    </message>
    <message>
        <source>From</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>To</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>変化量</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>理由なし</translation>
    </message>
    <message>
        <source>Changed {0}: NET {1} to {2}, {3}, {4}</source>
        <translation>{0}に変更：NET {1} から {2}、{3}、{4}</translation>
    </message>
</context>
<context>
    <name>SlipHistoryView</name>
    <message>
        <source>Schedule changes</source>
        <translation>スケジュール変更</translation>
    </message>
    <message>
        <source> (first NET on record: {0})</source>
        <translation>（記録上最初のNET：{0}）</translation>
    </message>
</context>
<context>
    <name>Spoken</name>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n分</numerusform>
        </translation>
    </message>
    <message>
        <source>T minus {0}</source>
        <translation>T マイナス {0}</translation>
    </message>
    <message>
        <source>T plus {0}</source>
        <translation>T プラス {0}</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>ホールド中</translation>
    </message>
    <message numerus="yes">
        <source>T minus %n days, {0}</source>
        <translation>
            <numerusform>T マイナス %n日、{0}</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: liftoff</source>
        <translation>{0}：リフトオフ</translation>
    </message>
    <message>
        <source>{0}: T minus {1}</source>
        <translation>{0}：T マイナス {1}</translation>
    </message>
    <message>
        <source>No launch ahead</source>
        <translation>予定された打ち上げはありません</translation>
    </message>
    <message>
        <source>Next launch: {0}, {1}</source>
        <translation>次の打ち上げ：{0}、{1}</translation>
    </message>
</context>
<context>
    <name>StatisticsTableModel</name>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>Statistics</source>
        <translation>統計</translation>
    </message>
    <message>
        <source>Statistics — Mission Tracker</source>
        <translation>統計 — Mission Tracker</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <source>Numbers behind the chart</source>
        <translation>グラフの数値</translation>
    </message>
    <message>
        <source>Chart or table</source>
        <translation>グラフまたは表</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>グラフ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>表(&amp;T)</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>PNGでエクスポート(&amp;P)…</translation>
    </message>
    <message>
        <source>Export the chart as PNG</source>
        <translation>グラフをPNGでエクスポート</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image (Ctrl+E)</source>
        <translation>グラフをPNG画像として保存（Ctrl+E）</translation>
    </message>
    <message>
        <source>Export &amp;SVG…</source>
        <translation>SVGでエクスポート(&amp;S)…</translation>
    </message>
    <message>
        <source>Export the chart as SVG</source>
        <translation>グラフをSVGでエクスポート</translation>
    </message>
    <message>
        <source>Save the chart as an SVG drawing (Ctrl+Shift+E)</source>
        <translation>グラフをSVG図として保存（Ctrl+Shift+E）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Close statistics</source>
        <translation>統計を閉じる</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>PNGをエクスポート</translation>
    </message>
    <message>
        <source>Export SVG</source>
        <translation>SVGをエクスポート</translation>
    </message>
    <message>
        <source>Launches per year by outcome</source>
        <translation>年別・結果別の打ち上げ</translation>
    </message>
    <message>
        <source>Launches by agency</source>
        <translation>機関別の打ち上げ</translation>
    </message>
    <message>
        <source>Launches by vehicle</source>
        <translation>機体別の打ち上げ</translation>
    </message>
    <message>
        <source>Crewed flights per year</source>
        <translation>年別の有人飛行</translation>
    </message>
    <message>
        <source>Time in space</source>
        <translation>宇宙滞在時間</translation>
    </message>
    <message>
        <source>Slips</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>Reading the statistics…</source>
        <translation>統計を読み込み中…</translation>
    </message>
    <message>
        <source>Could not read the statistics: {0}</source>
        <translation>統計を読み込めませんでした：{0}</translation>
    </message>
    <message>
        <source>{0}: {1} launched, {2} yet to launch · as of {3}</source>
        <translation>{0}：打ち上げ済み{1}、未打ち上げ{2} · {3}時点</translation>
    </message>
    <message numerus="yes">
        <source>%Ln missions</source>
        <translation>
            <numerusform>%Ln件のミッション</numerusform>
        </translation>
    </message>
    <message>
        <source>No missions to count yet.</source>
        <translation>数えるミッションはまだありません。</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Partial failure</source>
        <translation>一部失敗</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>飛行中</translation>
    </message>
    <message>
        <source>Yet to launch</source>
        <translation>未打ち上げ</translation>
    </message>
    <message>
        <source>Launches</source>
        <translation>打ち上げ</translation>
    </message>
    <message>
        <source>Year (UTC, by NET)</source>
        <translation>年（UTC、NET基準）</translation>
    </message>
    <message>
        <source>Flown</source>
        <translation>飛行済み</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>計画中</translation>
    </message>
    <message>
        <source>Crewed flights</source>
        <translation>有人飛行</translation>
    </message>
    <message>
        <source>No crewed flights yet.</source>
        <translation>有人飛行はまだありません。</translation>
    </message>
    <message numerus="yes">
        <source>Other (%n more)</source>
        <translation>
            <numerusform>その他（ほか%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>（記録なし）</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>機関</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>機体</translation>
    </message>
    <message>
        <source>{0} (in space)</source>
        <translation>{0}（宇宙に滞在中）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people who flew</source>
        <translation>
            <numerusform>飛行経験者%Ln人</numerusform>
        </translation>
    </message>
    <message>
        <source>Days in space</source>
        <translation>宇宙滞在日数</translation>
    </message>
    <message>
        <source>Days in space (a flight still up counts to the clock)</source>
        <translation>宇宙滞在日数（飛行中の分は現在時刻まで）</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Nobody has flown yet.</source>
        <translation>まだ誰も飛行していません。</translation>
    </message>
    <message>
        <source>Slips: how far each NET moved</source>
        <translation>延期：各NETの変化量</translation>
    </message>
    <message>
        <source>Days moved</source>
        <translation>変化日数</translation>
    </message>
    <message>
        <source>Days the NET moved (later: right, earlier: left)</source>
        <translation>NETが動いた日数（遅れ：右、前倒し：左）</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>ミッション</translation>
    </message>
    <message>
        <source>No NET has moved yet.</source>
        <translation>NETの変更はまだありません。</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <source>{0} (top {1} of {2})</source>
        <translation>{0}（{2}件中上位{1}件）</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG画像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG図 (*.svg)</translation>
    </message>
    <message>
        <source>Nothing was written: {0}</source>
        <translation>何も書き込まれませんでした：{0}</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>{0} を保存しました</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Go for Launch</source>
        <translation>打ち上げGO</translation>
    </message>
    <message>
        <source>To Be Determined</source>
        <translation>未定</translation>
    </message>
    <message>
        <source>To Be Confirmed</source>
        <translation>確認待ち</translation>
    </message>
    <message>
        <source>On Hold</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Launch in Flight</source>
        <translation>飛行中</translation>
    </message>
    <message>
        <source>Launch Successful</source>
        <translation>打ち上げ成功</translation>
    </message>
    <message>
        <source>Launch Failure</source>
        <translation>打ち上げ失敗</translation>
    </message>
    <message>
        <source>Launch was a Partial Failure</source>
        <translation>一部失敗</translation>
    </message>
    <message>
        <source>Payload Deployed</source>
        <translation>ペイロード分離</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>GO</translation>
    </message>
    <message>
        <source>TBD</source>
        <translation>未定</translation>
    </message>
    <message>
        <source>TBC</source>
        <translation>確認待ち</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>In Flight</source>
        <translation>飛行中</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Partial Failure</source>
        <translation>一部失敗</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>分離済み</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>Awaiting update</source>
        <translation>更新待ち</translation>
    </message>
    <message>
        <source>Liftoff?</source>
        <translation>リフトオフ？</translation>
    </message>
    <message>
        <source>Status: {0}</source>
        <translation>ステータス：{0}</translation>
    </message>
</context>
<context>
    <name>StatusMenu</name>
    <message>
        <source>Mark as…</source>
        <translation>ステータス設定…</translation>
    </message>
    <message>
        <source>Mark as {0}</source>
        <translation>{0} に設定</translation>
    </message>
    <message>
        <source>Why is {0} marked {1}? (optional)</source>
        <translation>{0} を「{1}」にする理由（任意）</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>New agency {0}</source>
        <translation>新しい機関 {0}</translation>
    </message>
    <message>
        <source>New vehicle {0}</source>
        <translation>新しい機体 {0}</translation>
    </message>
    <message>
        <source>New person {0}</source>
        <translation>新しい人物 {0}</translation>
    </message>
    <message>
        <source>New mission {0}</source>
        <translation>新しいミッション {0}</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>{0} を編集</translation>
    </message>
    <message>
        <source>Delete {0}</source>
        <translation>{0} を削除</translation>
    </message>
    <message>
        <source>Mark {0} as {1}</source>
        <translation>{0} を「{1}」に設定</translation>
    </message>
    <message>
        <source>Could not redo “{0}”: {1}</source>
        <translation>「{0}」をやり直せませんでした：{1}</translation>
    </message>
    <message>
        <source>Could not undo “{0}”: {1}</source>
        <translation>「{0}」を元に戻せませんでした：{1}</translation>
    </message>
    <message>
        <source>Add {0} as {1}</source>
        <translation>{0} を{1}として追加</translation>
    </message>
    <message>
        <source>Remove {0}</source>
        <translation>{0} を外す</translation>
    </message>
    <message>
        <source>Move {0} to seat {1}</source>
        <translation>{0} を座席{1}へ</translation>
    </message>
    <message>
        <source>Make {0} {1}</source>
        <translation>{0} の役割を{1}に</translation>
    </message>
    <message>
        <source>Reschedule {0}</source>
        <translation>{0} の日程変更</translation>
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
        <translation>M月d日 HH:mm</translation>
    </message>
    <message>
        <source>d MMM yyyy HH:mm</source>
        <translation>yyyy年M月d日 HH:mm</translation>
    </message>
    <message>
        <source>Rate limited until {0}</source>
        <translation>{0}までリクエスト制限中</translation>
    </message>
    <message>
        <source>Request budget spent — next update {0}</source>
        <translation>リクエスト上限に到達 — 次回更新 {0}</translation>
    </message>
    <message>
        <source>Offline — not updated yet</source>
        <translation>オフライン — 未更新</translation>
    </message>
    <message>
        <source>Update failed — not updated yet</source>
        <translation>更新失敗 — 未更新</translation>
    </message>
    <message>
        <source>Offline — data as of {0}</source>
        <translation>オフライン — {0}時点のデータ</translation>
    </message>
    <message>
        <source>Update failed — data as of {0}</source>
        <translation>更新失敗 — {0}時点のデータ</translation>
    </message>
    <message>
        <source>Updated {0}</source>
        <translation>{0}に更新</translation>
    </message>
    <message>
        <source>Updated {0} · next {1}</source>
        <translation>{0}に更新 · 次回 {1}</translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation>未更新</translation>
    </message>
    <message>
        <source>Data as of {0}</source>
        <translation>{0}時点のデータ</translation>
    </message>
    <message>
        <source>update cancelled; nothing was changed</source>
        <translation>更新を中止しました。何も変更されていません</translation>
    </message>
    <message>
        <source>unexpected error: {0}</source>
        <translation>予期しないエラー：{0}</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Updating from Launch Library 2…</source>
        <translation>Launch Library 2から更新中…</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Open Team Database</source>
        <translation>チームデータベースを開く</translation>
    </message>
    <message>
        <source>A PostgreSQL database shared with your team. Leave the password empty to use your .pgpass file or PGPASSWORD.</source>
        <translation>チームで共有する PostgreSQL データベース。パスワードを空にすると .pgpass ファイルまたは PGPASSWORD を使います。</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>SSL mode</source>
        <translation>SSLモード</translation>
    </message>
    <message>
        <source>libpq&apos;s default</source>
        <translation>libpq の既定</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>ホスト(&amp;H)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>ポート(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>データベース(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation>SSLモード(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>接続をテスト(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>開いています…</translation>
    </message>
    <message>
        <source>Which database? Give its name.</source>
        <translation>どのデータベースですか？名前を入力してください。</translation>
    </message>
    <message>
        <source>Connected: the server answers.</source>
        <translation>接続しました：サーバーが応答しています。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
</context>
<context>
    <name>TeamListener</name>
    <message>
        <source>Team database connection lost — reconnecting…</source>
        <translation>チームデータベースとの接続が切れました — 再接続中…</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>Show Mission Tracker</source>
        <translation>Mission Trackerを表示</translation>
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
        <translation>編集履歴</translation>
    </message>
    <message>
        <source>Choose a step to go back to it</source>
        <translation>戻りたい手順を選んでください</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>開いた時点</translation>
    </message>
</context>
<context>
    <name>VehicleKind</name>
    <message>
        <source>Spacecraft</source>
        <translation>宇宙船</translation>
    </message>
    <message>
        <source>Launcher</source>
        <translation>ロケット</translation>
    </message>
</context>
<context>
    <name>VehiclePage</name>
    <message>
        <source>Operator:</source>
        <translation>運用者：</translation>
    </message>
    <message>
        <source>Crew capacity:</source>
        <translation>搭乗定員：</translation>
    </message>
    <message>
        <source>First crewed flight:</source>
        <translation>初の有人飛行：</translation>
    </message>
    <message>
        <source>Success rate:</source>
        <translation>成功率：</translation>
    </message>
    <message>
        <source>Crew carried:</source>
        <translation>搭乗実績：</translation>
    </message>
    <message>
        <source>Flights</source>
        <translation>飛行</translation>
    </message>
    <message>
        <source>Double-click a flight to show its mission</source>
        <translation>飛行をダブルクリックするとそのミッションを表示</translation>
    </message>
    <message>
        <source>Open its page</source>
        <translation>ページを開く</translation>
    </message>
    <message>
        <source>no finished flights yet</source>
        <translation>完了した飛行はまだありません</translation>
    </message>
    <message numerus="yes">
        <source>{0:.0%} ({1} of %n finished flights)</source>
        <translation>
            <numerusform>{0:.0%}（完了した%n回の飛行のうち{1}回）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seats flown</source>
        <translation>
            <numerusform>延べ%n席</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n different people</source>
        <translation>
            <numerusform>%n人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Flights (%n)</source>
        <translation>
            <numerusform>飛行（%n）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewStore</name>
    <message>
        <source>Crewed to the ISS</source>
        <translation>ISSへの有人飛行</translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation>今後30日間</translation>
    </message>
    <message>
        <source>A view needs a name.</source>
        <translation>ビューには名前が必要です。</translation>
    </message>
    <message>
        <source>There is a view named {0} already.</source>
        <translation>{0} という名前のビューはすでにあります。</translation>
    </message>
</context>
<context>
    <name>ViewsMenu</name>
    <message>
        <source>F&amp;ilters</source>
        <translation>フィルター(&amp;I)</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>保存したビュー</translation>
    </message>
    <message>
        <source>No saved views</source>
        <translation>保存したビューはありません</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy/MM/dd</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm:ss</source>
        <translation>yyyy/MM/dd HH:mm:ss</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy/MM/dd HH:mm</translation>
    </message>
    <message>
        <source>yyyy-MM-dd ~HH:00</source>
        <translation>yyyy/MM/dd ~HH:00</translation>
    </message>
    <message>
        <source>{0} (morning)</source>
        <translation>{0}（午前）</translation>
    </message>
    <message>
        <source>{0} (afternoon)</source>
        <translation>{0}（午後）</translation>
    </message>
    <message>
        <source>week of {0}</source>
        <translation>{0}の週</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Q{0} {1}</source>
        <translation>{1}年第{0}四半期</translation>
    </message>
    <message>
        <source>H{0} {1}</source>
        <translation>{1}年第{0}半期</translation>
    </message>
    <message>
        <source>FY {0}</source>
        <translation>{0}年度</translation>
    </message>
    <message>
        <source>{0}s</source>
        <comment>decade</comment>
        <translation>{0}年代</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n日</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation>{0}時間</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0}分</translation>
    </message>
    <message>
        <source>NET {0}</source>
        <translation>{0}以降</translation>
    </message>
    <message>
        <source>NET passed — awaiting update</source>
        <translation>予定日時を経過 — 更新待ち</translation>
    </message>
    <message>
        <source>{0}d {1}</source>
        <translation>{0}日 {1}</translation>
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
            <numerusform>T− %n日 · {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>This week · {0}</source>
        <translation>今週 · {0}</translation>
    </message>
    <message>
        <source>Today · {0}</source>
        <translation>今日 · {0}</translation>
    </message>
    <message>
        <source>HOLD</source>
        <translation>ホールド</translation>
    </message>
    <message>
        <source>Countdown on hold</source>
        <translation>カウントダウン停止中</translation>
    </message>
    <message>
        <source>Liftoff — awaiting confirmation</source>
        <translation>リフトオフ — 確認待ち</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>飛行中</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>{0}: no changes to its NET</source>
        <translation>{0}：NETの変更なし</translation>
    </message>
    <message numerus="yes">
        <source>{0}: %n changes, slipped {1} in all</source>
        <translation>
            <numerusform>{0}：変更%n回、合計{1}の遅れ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}: %n changes, moved earlier by {1} in all</source>
        <translation>
            <numerusform>{0}：変更%n回、合計{1}の前倒し</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}: %n changes, back to the NET it started from</source>
        <translation>
            <numerusform>{0}：変更%n回、当初のNETに戻りました</numerusform>
        </translation>
    </message>
</context>
</TS>
