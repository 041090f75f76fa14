<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ui/window/actions.py" line="+101"/>
        <source>&amp;New case file…</source>
        <translation>&amp;Создать дело…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create an empty case file</source>
        <translation>Создать пустое дело</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a case file</source>
        <translation>Открыть дело</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the &amp;demo case</source>
        <translation>Открыть де&amp;мо-дело</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a copy of the demo</source>
        <translation>Открыть копию демо-дела</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;headquarters database…</source>
        <translation>Открыть базу &amp;центрального аппарата…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every mission&apos;s incidents from a headquarters PostgreSQL database, read-only</source>
        <translation>Инциденты всех представительств из базы PostgreSQL центрального аппарата, только для чтения</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save a &amp;copy…</source>
        <translation>Сохранить &amp;копию…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a consistent copy of this case file elsewhere (e.g. a USB stick)</source>
        <translation>Записать согласованную копию этого дела в другое место (напр., на USB-накопитель)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close this case file</source>
        <translation>Закрыть это дело</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the app</source>
        <translation>Закрыть программу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo the last change</source>
        <translation>Отменить последнее изменение</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redo the change undone</source>
        <translation>Повторить отменённое изменение</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the incidents</source>
        <translation>Поиск по инцидентам</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New &amp;incident…</source>
        <translation>Новый &amp;инцидент…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a new incident</source>
        <translation>Зарегистрировать новый инцидент</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete incident</source>
        <translation>&amp;Удалить инцидент</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the incident shown</source>
        <translation>Удалить показанный инцидент</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import photos…</source>
        <translation>Импорт &amp;фото…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import photos into the incident shown</source>
        <translation>Импортировать фото в показанный инцидент</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;note…</source>
        <translation>Добавить &amp;заметку…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a note to the incident shown (or to the case)</source>
        <translation>Добавить заметку к показанному инциденту (или к делу)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New &amp;site…</source>
        <translation>Новый &amp;объект…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add premises or another site</source>
        <translation>Добавить помещения или другой объект</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New &amp;correspondence…</source>
        <translation>Новая запись п&amp;ереписки…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a note verbale, summons, meeting, call or statement</source>
        <translation>Зарегистрировать вербальную ноту, вызов, встречу, разговор или заявление</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Mission details…</source>
        <translation>Данные п&amp;редставительства…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mission, its time zone, prefix</source>
        <translation>Представительство, его часовой пояс, префикс</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Print the case summary…</source>
        <translation>&amp;Печать сводки по делу…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the summary of the whole case</source>
        <translation>Напечатать сводку по всему делу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print pre&amp;view…</source>
        <translation>Пред&amp;варительный просмотр…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See the case summary page by page before printing</source>
        <translation>Просмотреть сводку по делу постранично перед печатью</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Case summary as P&amp;DF…</source>
        <translation>Сводка по делу в P&amp;DF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the case summary as a PDF file</source>
        <translation>Сохранить сводку по делу в файл PDF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Incident report as PD&amp;F…</source>
        <translation>Отчёт об инциденте в PD&amp;F…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the report of the incident shown as a PDF file</source>
        <translation>Сохранить отчёт о показанном инциденте в файл PDF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Verify…</source>
        <translation>Проверка &amp;целостности…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the case file: every original, the audit log, every record</source>
        <translation>Проверить дело: каждый оригинал, журнал аудита, каждую запись</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Экспорт пакета…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a bundle to hand over: records, originals, tables, checksums, summary</source>
        <translation>Записать пакет для передачи: записи, оригиналы, таблицы, контрольные суммы, сводку</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imp&amp;ort bundle…</source>
        <translation>&amp;Импорт пакета…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a case file from a bundle, or add a bundle&apos;s records to this one</source>
        <translation>Создать дело из пакета или добавить записи пакета в это дело</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Резервные копии…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The automatic backups of this case file: open one or restore it as a new file</source>
        <translation>Автоматические резервные копии этого дела: открыть копию или восстановить её как новый файл</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Preferences…</source>
        <translation>Н&amp;астройки…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your name and role, for the audit log</source>
        <translation>Ваши имя и должность для журнала аудита</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Сочетания &amp;клавиш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Casefiles</source>
        <translation>&amp;О программе Casefiles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print</source>
        <comment>toolbar button</comment>
        <translation>Печать</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <location filename="../../ui/models/backup_table_model.py" line="+31"/>
        <source>Taken</source>
        <translation>Создана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(unreadable)</source>
        <translation>(не удаётся прочитать)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
Fingerprint %2</source>
        <translation>%1
Отпечаток %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Same as the case file now</source>
        <translation>Совпадает с текущим делом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can be opened</source>
        <translation>Можно открыть</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="+47"/>
        <location line="+19"/>
        <source>Automatic backups</source>
        <translation>Автоматические резервные копии</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>A backup is taken each time this case file is opened for writing, and the newest are kept in %1. Open one to look at it (read-only), or restore it as a new file: the case file itself is never replaced.</source>
        <translation>Резервная копия создаётся при каждом открытии этого дела для записи; самые новые хранятся в %1. Откройте копию для просмотра (только чтение) или восстановите её как новый файл: само дело никогда не заменяется.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No automatic backups of this case file yet: one is taken each time it is opened for writing.</source>
        <translation>Автоматических резервных копий этого дела ещё нет: копия создаётся при каждом открытии дела для записи.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Open read-only</source>
        <translation>&amp;Открыть только для чтения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore as a new file…</source>
        <translation>&amp;Восстановить как новый файл…</translation>
    </message>
</context>
<context>
    <name>CaseLock</name>
    <message>
        <location filename="../../ui/window/case_lock.py" line="+68"/>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the case file and ask for its passphrase again (Ctrl+L)</source>
        <translation>Закрыть дело и снова запросить парольную фразу (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>CaseTools</name>
    <message numerus="yes">
        <location filename="../../ui/window/case_tools.py" line="+40"/>
        <source>%n mission(s)</source>
        <translation>
            <numerusform>%n представительство</numerusform>
            <numerusform>%n представительства</numerusform>
            <numerusform>%n представительств</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n объект</numerusform>
            <numerusform>%n объекта</numerusform>
            <numerusform>%n объектов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n инцидент</numerusform>
            <numerusform>%n инцидента</numerusform>
            <numerusform>%n инцидентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n damage item(s)</source>
        <translation>
            <numerusform>%n запись о повреждении</numerusform>
            <numerusform>%n записи о повреждениях</numerusform>
            <numerusform>%n записей о повреждениях</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n correspondence item(s)</source>
        <translation>
            <numerusform>%n запись переписки</numerusform>
            <numerusform>%n записи переписки</numerusform>
            <numerusform>%n записей переписки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n photo(s) or file(s)</source>
        <translation>
            <numerusform>%n фото или файл</numerusform>
            <numerusform>%n фото или файла</numerusform>
            <numerusform>%n фото или файлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n заметка</numerusform>
            <numerusform>%n заметки</numerusform>
            <numerusform>%n заметок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n correspondence link(s)</source>
        <translation>
            <numerusform>%n связь переписки</numerusform>
            <numerusform>%n связи переписки</numerusform>
            <numerusform>%n связей переписки</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Welcome: who is working?</source>
        <translation>Добро пожаловать! Кто работает?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Changes are now recorded as %1</source>
        <translation>Теперь изменения записываются от имени %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Export bundle</source>
        <translation>Экспорт пакета</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote %1: %2, %3 in all, %4 bytes; checked. Anyone can check it with sha256sum -c SHA256SUMS after unzipping it.</source>
        <translation>Записан %1: %2, всего %3, %4 байт; проверено. Любой может проверить его командой sha256sum -c SHA256SUMS после распаковки.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файла</numerusform>
            <numerusform>%n файлов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Added to %1: %2.</source>
        <translation>Добавлено в %1: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to add: everything in the bundle is already in %1.</source>
        <translation>Нечего добавлять: всё из пакета уже есть в %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>Import bundle</source>
        <translation>Импорт пакета</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created %1 from the bundle: %2. Open it now?</source>
        <translation>Из пакета создан %1: %2. Открыть сейчас?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no records</source>
        <translation>записей нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+60"/>
        <source>Open it</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+60"/>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Restore the backup as a new file</source>
        <translation>Восстановить резервную копию как новый файл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (backup of %2 UTC)</source>
        <translation>%1 (резервная копия от %2 UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case files (*%1)</source>
        <translation>Файлы дел (*%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restoring the backup to %1…</source>
        <translation>Восстановление резервной копии в %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+13"/>
        <location line="+4"/>
        <source>Restore backup</source>
        <translation>Восстановить резервную копию</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Restored the backup as %1 (fingerprint %2…). Open it now?</source>
        <translation>Резервная копия восстановлена как %1 (отпечаток %2…). Открыть сейчас?</translation>
    </message>
</context>
<context>
    <name>CorrespondenceDialog</name>
    <message>
        <location filename="../../ui/dialogs/correspondence_dialog.py" line="+84"/>
        <source>Edit correspondence</source>
        <translation>Изменить запись переписки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add correspondence</source>
        <translation>Добавить запись переписки</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. No. 12/345-2025</source>
        <translation>напр., № 12/345-2025</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>who it was sent to, received from or met</source>
        <translation>кому отправлено, от кого получено или с кем встреча</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Direction</source>
        <translation>&amp;Направление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When</source>
        <translation>&amp;Когда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reference no.</source>
        <translation>Номер &amp;документа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ounterpart</source>
        <translation>Со&amp;беседник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Summary</source>
        <translation>&amp;Содержание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Incidents</source>
        <translation>&amp;Инциденты</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Add %1</source>
        <translation>Добавить: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit %1</source>
        <translation>Изменить: %1</translation>
    </message>
</context>
<context>
    <name>CorrespondencePanel</name>
    <message>
        <location filename="../../ui/correspondence/correspondence_panel.py" line="+67"/>
        <source>Add correspondence…</source>
        <translation>Добавить запись…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Correspondence</source>
        <translation>Переписка</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Selected correspondence in full</source>
        <translation>Полный текст выбранной записи переписки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an item to read it in full.</source>
        <translation>Выберите запись, чтобы прочитать её полностью.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scans of the selected correspondence</source>
        <translation>Сканы выбранной записи переписки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes on the selected correspondence</source>
        <translation>Заметки к выбранной записи переписки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scans</source>
        <translation>Сканы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Delete %1</source>
        <translation>Удалить: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the %1 of %2</source>
        <comment>the summons of 14 November 2025</comment>
        <translation>%1 от %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(a deleted incident)</source>
        <translation>(удалённый инцидент)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2), %3</source>
        <comment>kind (direction), when</comment>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reference: %1</source>
        <translation>Номер: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counterpart: %1</source>
        <translation>Собеседник: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Concerns:</source>
        <translation>Относится к:</translation>
    </message>
</context>
<context>
    <name>CorrespondenceTableModel</name>
    <message>
        <location filename="../../ui/models/correspondence_table_model.py" line="+33"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference no.</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counterpart</source>
        <translation>Собеседник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
</context>
<context>
    <name>DamageDialog</name>
    <message>
        <location filename="../../ui/dialogs/damage_dialog.py" line="+29"/>
        <source>Edit damage</source>
        <translation>Изменить запись о повреждении</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+63"/>
        <source>Add damage</source>
        <translation>Добавить запись о повреждении</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>The incident&apos;s site</source>
        <translation>Объект инцидента</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. 12500 or 12500.50</source>
        <translation>напр., 12500 или 12500.50</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UAH, AZN, USD, EUR…</source>
        <translation>UAH, AZN, USD, EUR…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Element</source>
        <translation>&amp;Элемент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Severity</source>
        <translation>&amp;Степень</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description</source>
        <translation>&amp;Описание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Premises</source>
        <translation>&amp;Помещения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cost estimate</source>
        <translation>Оценка с&amp;тоимости</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrency</source>
        <translation>&amp;Валюта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated &amp;on</source>
        <translation>&amp;Дата оценки</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Edit damage: %1</source>
        <translation>Изменить запись о повреждении: %1</translation>
    </message>
</context>
<context>
    <name>DamagePanel</name>
    <message>
        <location filename="../../ui/incident/damage_panel.py" line="+37"/>
        <source>Add damage…</source>
        <translation>Добавить повреждение…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Damage items</source>
        <translation>Записи о повреждениях</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Delete damage: %1</source>
        <translation>Удалить запись о повреждении: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Edit damage: %1</source>
        <translation>Изменить запись о повреждении: %1</translation>
    </message>
</context>
<context>
    <name>DamageTableModel</name>
    <message>
        <location filename="../../ui/models/damage_table_model.py" line="+36"/>
        <source>Element</source>
        <translation>Элемент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Степень</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Premises</source>
        <translation>Помещения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost estimate</source>
        <translation>Оценка стоимости</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated on</source>
        <translation>Дата оценки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The incident&apos;s site</source>
        <translation>Объект инцидента</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n фото</numerusform>
            <numerusform>%n фото</numerusform>
            <numerusform>%n фото</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DerivationRunner</name>
    <message>
        <location filename="../../ui/photos/derivation_runner.py" line="+65"/>
        <source>Making previews</source>
        <translation>Создание изображений для просмотра</translation>
    </message>
</context>
<context>
    <name>ExportBundleDialog</name>
    <message>
        <location filename="../../ui/dialogs/export_bundle_dialog.py" line="+74"/>
        <location line="+96"/>
        <location line="+69"/>
        <source>Export bundle</source>
        <translation>Экспорт пакета</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Incidents to export</source>
        <translation>Инциденты для экспорта</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;All</source>
        <translation>&amp;Все</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;one</source>
        <translation>Ни о&amp;дного</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Incidents:</source>
        <translation>&amp;Инциденты:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Leave out location: GPS positions, coordinates, devices</source>
        <translation>&amp;Не включать местоположение: GPS-позиции, координаты, устройства</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include the printed &amp;summary (PDF)</source>
        <translation>Приложить напечатанную &amp;сводку (PDF)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Encrypt the bundle with AES-256 (7-Zip opens it with the passphrase)</source>
        <translation>&amp;Зашифровать пакет AES-256 (7-Zip открывает его с парольной фразой)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bundle file</source>
        <translation>Файл пакета</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 bundle</source>
        <comment>file name</comment>
        <translation>Пакет %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Choose…</source>
        <translation>В&amp;ыбрать…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Bundle:</source>
        <translation>&amp;Пакет:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export progress</source>
        <translation>Ход экспорта</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Export</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Bundles (*.zip);;All files (*)</source>
        <translation>Пакеты (*.zip);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 уже существует; выберите другое имя.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Printing the summary for the bundle…</source>
        <translation>Печать сводки для пакета…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the originals…</source>
        <translation>Запись оригиналов…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Writing %1…</source>
        <translation>Запись %1…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Экспорт отменён; ничего не записано.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Something went wrong inside Casefiles: %1</source>
        <translation>Внутренняя ошибка Casefiles: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
</context>
<context>
    <name>FileSize</name>
    <message>
        <location filename="../../ui/language.py" line="+110"/>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
</context>
<context>
    <name>HeadquartersWindow</name>
    <message>
        <location filename="../../ui/headquarters/hq_window.py" line="+64"/>
        <source>Headquarters — %1 on %2 (read-only)</source>
        <translation>Центральный аппарат — %1 на %2 (только чтение)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mission / site</source>
        <translation>Представительство / объект</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missions and their sites</source>
        <translation>Представительства и их объекты</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search every mission (Enter)…</source>
        <translation>Поиск по всем представительствам (Enter)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Headquarters: %1</source>
        <translation>Центральный аппарат: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headquarters &amp;summary as PDF…</source>
        <translation>&amp;Сводка центрального аппарата в PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A section per mission chosen on the left, one timeline of all</source>
        <translation>Раздел по каждому представительству, выбранному слева, и общая временная шкала</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All missions</source>
        <translation>Все представительства</translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n инцидент</numerusform>
            <numerusform>%n инцидента</numerusform>
            <numerusform>%n инцидентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n incident(s) found for “%1”</source>
        <translation>
            <numerusform>Найден %n инцидент по запросу «%1»</numerusform>
            <numerusform>Найдено %n инцидента по запросу «%1»</numerusform>
            <numerusform>Найдено %n инцидентов по запросу «%1»</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Headquarters summary as PDF</source>
        <translation>Сводка центрального аппарата в PDF</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>Headquarters summary</source>
        <translation>Сводка центрального аппарата</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Записан %1 (%n страница).</numerusform>
            <numerusform>Записан %1 (%n страницы).</numerusform>
            <numerusform>Записан %1 (%n страниц).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HqIncidentModel</name>
    <message>
        <location filename="../../ui/headquarters/incidents.py" line="+81"/>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mission</source>
        <translation>Представительство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When (local)</source>
        <translation>Когда (местн.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damage</source>
        <translation>Повреждения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos</source>
        <translation>Фото</translation>
    </message>
</context>
<context>
    <name>ImportBundleDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_bundle_dialog.py" line="+54"/>
        <location line="+81"/>
        <location line="+75"/>
        <source>Import bundle</source>
        <translation>Импорт пакета</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Bundle to import</source>
        <translation>Пакет для импорта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Into a &amp;new case file:</source>
        <translation>В &amp;новое дело:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New case file</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ch&amp;oose…</source>
        <translation>В&amp;ыбрать…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase of the bundle</source>
        <translation>Парольная фраза пакета</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needed only for an encrypted bundle</source>
        <translation>нужна только для зашифрованного пакета</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none is open</source>
        <translation>ни одно не открыто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merged into the open case file (%1)</source>
        <translation>&amp;Объединить с открытым делом (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Bundle:</source>
        <translation>&amp;Пакет:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Passphrase:</source>
        <translation>Па&amp;рольная фраза:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import progress</source>
        <translation>Ход импорта</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle is checked first (every file against SHA256SUMS, the audit log, the records). Records already in the case file are skipped; a record held in another version is a conflict, and then nothing is imported.</source>
        <translation>Сначала пакет проверяется (каждый файл по SHA256SUMS, журнал аудита, записи). Записи, уже имеющиеся в деле, пропускаются; запись в другой версии — это конфликт, и тогда ничего не импортируется.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Bundles (*.zip);;All files (*)</source>
        <translation>Пакеты (*.zip);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New case file from the bundle</source>
        <translation>Новое дело из пакета</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case files (*%1)</source>
        <translation>Файлы дел (*%1)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 уже существует; выберите другое имя.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No automatic backup was made before the import: %1</source>
        <translation>Перед импортом не создана автоматическая резервная копия: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Checking every file of the bundle…</source>
        <translation>Проверка каждого файла пакета…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding its photos…</source>
        <translation>Добавление фото из пакета…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing was imported: the bundle and this case file hold different versions of the same records (%1):</source>
        <translation>Ничего не импортировано: пакет и это дело содержат разные версии одних и тех же записей (%1):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Ничего не изменено.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something went wrong inside Casefiles: %1</source>
        <translation>Внутренняя ошибка Casefiles: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The import is finishing; it cannot be stopped halfway.</source>
        <translation>Импорт завершается; его нельзя остановить на полпути.</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_summary_dialog.py" line="+36"/>
        <source>Photo import</source>
        <translation>Импорт фото</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outcome of each file</source>
        <translation>Результат по каждому файлу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why, and warnings</source>
        <translation>Причина и предупреждения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported</source>
        <translation>Импортировано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already in this incident</source>
        <translation>Уже есть в этом инциденте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Отклонено</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%n imported</source>
        <translation>
            <numerusform>импортировано: %n</numerusform>
            <numerusform>импортировано: %n</numerusform>
            <numerusform>импортировано: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n already in the incident</source>
        <translation>
            <numerusform>уже в инциденте: %n</numerusform>
            <numerusform>уже в инциденте: %n</numerusform>
            <numerusform>уже в инциденте: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n refused</source>
        <translation>
            <numerusform>отклонено: %n</numerusform>
            <numerusform>отклонено: %n</numerusform>
            <numerusform>отклонено: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Cancelled: %1 of %n file(s) were not looked at.</source>
        <translation>
            <numerusform>Отменено: не просмотрено %1 из %n файла.</numerusform>
            <numerusform>Отменено: не просмотрено %1 из %n файлов.</numerusform>
            <numerusform>Отменено: не просмотрено %1 из %n файлов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentChecklist</name>
    <message>
        <location filename="../../ui/dialogs/correspondence_dialog.py" line="-120"/>
        <source>Find an incident by reference or title</source>
        <translation>Найти инцидент по номеру или названию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find an incident to link</source>
        <translation>Найти инцидент для связи</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incidents this concerns</source>
        <translation>Инциденты, к которым это относится</translation>
    </message>
</context>
<context>
    <name>IncidentDetailsForm</name>
    <message>
        <location filename="../../ui/incident/details_form.py" line="+45"/>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+81"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>Характер поражения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distance</source>
        <translation>Расстояние</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distance in the source&apos;s words</source>
        <translation>Расстояние со слов источника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff killed</source>
        <translation>Погибло сотрудников</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff injured</source>
        <translation>Ранено сотрудников</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Others injured</source>
        <translation>Ранено других лиц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexploded ordnance</source>
        <translation>Неразорвавшиеся боеприпасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordnance depth</source>
        <translation>Глубина залегания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>unknown</source>
        <comment>unexploded ordnance</comment>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes, found</source>
        <comment>unexploded ordnance</comment>
        <translation>да, обнаружены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <comment>unexploded ordnance</comment>
        <translation>нет</translation>
    </message>
    <message>
        <location line="-13"/>
        <source> m</source>
        <comment>metres</comment>
        <translation> м</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in the source&apos;s words</source>
        <translation>со слов источника</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The distance as the source gives it, e.g. “about 35 steps”</source>
        <translation>Расстояние так, как его указывает источник, напр., «около 35 шагов»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> m below ground</source>
        <translation> м под землёй</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Reference</source>
        <translation>&amp;Номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title</source>
        <translation>Н&amp;азвание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Site</source>
        <translation>&amp;Объект</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When</source>
        <translation>&amp;Когда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ype</source>
        <translation>&amp;Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Impact</source>
        <translation>Характер &amp;поражения</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Distance</source>
        <translation>&amp;Расстояние</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Staff &amp;killed</source>
        <translation>По&amp;гибло сотрудников</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff i&amp;njured</source>
        <translation>Ран&amp;ено сотрудников</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Others injured</source>
        <translation>Ранено &amp;других лиц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Une&amp;xploded ordnance</source>
        <translation>Неразорвавшиеся &amp;боеприпасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordnance de&amp;pth</source>
        <translation>Г&amp;лубина залегания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat&amp;us</source>
        <translation>&amp;Статус</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Descri&amp;ption of what happened</source>
        <translation>Оп&amp;исание происшествия</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>%1 (deleted)</source>
        <translation>%1 (удалено)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Change %1 of %2</source>
        <translation>Изменение поля «%1» в %2</translation>
    </message>
</context>
<context>
    <name>IncidentList</name>
    <message>
        <location filename="../../ui/navigator/incident_list.py" line="+71"/>
        <source>Search titles, descriptions, damage, notes…</source>
        <translation>Поиск в названиях, описаниях, повреждениях, заметках…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search incidents</source>
        <translation>Поиск инцидентов</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any type</source>
        <translation>Любой тип</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by type</source>
        <translation>Фильтр по типу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by status</source>
        <translation>Фильтр по статусу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by year</source>
        <translation>Фильтр по году</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+209"/>
        <source>Any year</source>
        <translation>Любой год</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>Where the search found the words</source>
        <translation>Где найдены слова поиска</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Number of incidents shown</source>
        <translation>Число показанных инцидентов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>No incident matches “%1”.</source>
        <translation>Ни один инцидент не соответствует запросу «%1».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found in %1: %2</source>
        <translation>Найдено (%1): %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose an incident to see where “%1” was found.</source>
        <translation>Выберите инцидент, чтобы увидеть, где найдено «%1».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reference</source>
        <comment>found in</comment>
        <translation>номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <comment>found in</comment>
        <translation>название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <comment>found in</comment>
        <translation>описание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>damage</source>
        <comment>found in</comment>
        <translation>повреждения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <comment>found in</comment>
        <translation>заметки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>correspondence</source>
        <comment>found in</comment>
        <translation>переписка</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n инцидент</numerusform>
            <numerusform>%n инцидента</numerusform>
            <numerusform>%n инцидентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n incident(s) shown</source>
        <translation>
            <numerusform>Показано %1 из %n инцидента</numerusform>
            <numerusform>Показано %1 из %n инцидентов</numerusform>
            <numerusform>Показано %1 из %n инцидентов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentPage</name>
    <message>
        <location filename="../../ui/incident/incident_page.py" line="+45"/>
        <source>Incident</source>
        <translation>Инцидент</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+89"/>
        <source>Damage</source>
        <translation>Повреждения</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+89"/>
        <source>Photos</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+89"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+89"/>
        <source>Correspondence</source>
        <translation>Переписка</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Choose an incident in the list to see and edit it here, or add one with New incident (Ctrl+N).</source>
        <translation>Выберите инцидент в списке, чтобы просмотреть и изменить его здесь, или добавьте новый командой «Новый инцидент» (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <location filename="../../ui/models/incident_table_model.py" line="+43"/>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When (local time)</source>
        <translation>Когда (местн. время)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>Поражение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worst damage</source>
        <translation>Наибольшие повреждения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos</source>
        <translation>Фото</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <location filename="../../ui/printing/language.py" line="+35"/>
        <source>Language of the summary</source>
        <translation>Язык сводки</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../ui/window/language_menu.py" line="+20"/>
        <source>The interface will be in %1 the next time Casefiles starts.</source>
        <translation>При следующем запуске Casefiles интерфейс будет на этом языке: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System language (%1)</source>
        <translation>Язык системы (%1)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
</context>
<context>
    <name>LinkDamageDialog</name>
    <message>
        <location filename="../../ui/dialogs/link_damage_dialog.py" line="+25"/>
        <source>%1, %2</source>
        <comment>damage element, severity</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Link to a damage item</source>
        <translation>Связать с записью о повреждении</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which damage does %1 show?</source>
        <translation>Какие повреждения показывает %1?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Damage items</source>
        <translation>Записи о повреждениях</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No damage item (the incident as a whole)</source>
        <translation>Без записи о повреждении (инцидент в целом)</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/window/case_lock.py" line="-22"/>
        <source>The case file is locked</source>
        <translation>Дело заблокировано</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/window/main_window.py" line="+65"/>
        <source>Case files (*%1);;All files (*)</source>
        <translation>Файлы дел (*%1);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Timeline of incidents (Ctrl+T)</source>
        <translation>Временная шкала инцидентов (Ctrl+T)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;recent</source>
        <translation>Пос&amp;ледние дела</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Case</source>
        <translation>&amp;Дело</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main</source>
        <comment>the main toolbar</comment>
        <translation>Основная</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Opening %1…</source>
        <translation>Открытие %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening the demo case…</source>
        <translation>Открытие демо-дела…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open a case file</source>
        <translation>Открыть дело</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Creating %1…</source>
        <translation>Создание %1…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Close case file</source>
        <translation>Закрыть дело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work on this case file is still running (%1). Stop it and close?</source>
        <translation>Работа с этим делом ещё выполняется (%1). Остановить и закрыть?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop and close</source>
        <translation>Остановить и закрыть</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 Open it read-only instead, to look without changing it?</source>
        <translation>%1 Открыть его только для чтения, чтобы просмотреть без изменений?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case file in use</source>
        <translation>Дело используется</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open read-only</source>
        <translation>Открыть только для чтения</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+95"/>
        <source>Open case file</source>
        <translation>Открыть дело</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Warning: %1.</source>
        <translation>Предупреждение: %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+12"/>
        <source>Unlock your signing key</source>
        <translation>Разблокируйте свой ключ подписи</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Your changes are signed with your own key, which you protected with a passphrase. Passphrase:</source>
        <translation>Ваши изменения подписываются вашим личным ключом, который вы защитили парольной фразой. Парольная фраза:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No automatic backup was made: %1</source>
        <translation>Автоматическая резервная копия не создана: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save a copy of the case file</source>
        <translation>Сохранить копию дела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (copy)</source>
        <translation>%1 (копия)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saving a copy to %1…</source>
        <translation>Сохранение копии в %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved a copy: %1</source>
        <translation>Копия сохранена: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Save a copy</source>
        <translation>Сохранить копию</translation>
    </message>
    <message>
        <location line="+64"/>
        <source> (read-only: %1)</source>
        <translation> (только чтение: %1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 at %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n инцидент</numerusform>
            <numerusform>%n инцидента</numerusform>
            <numerusform>%n инцидентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n объект</numerusform>
            <numerusform>%n объекта</numerusform>
            <numerusform>%n объектов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read-only (%1) · %2</source>
        <translation>Только чтение (%1) · %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторить: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No recent case files</source>
        <translation>Нет последних дел</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Incident report</source>
        <translation>Отчёт об инциденте</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the incident in the list first.</source>
        <translation>Сначала выберите инцидент в списке.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About Casefiles</source>
        <translation>О программе Casefiles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case files of incidents that damage diplomatic premises. Works offline; every change is kept in the case file&apos;s audit log.

%1.</source>
        <translation>Дела об инцидентах, повредивших дипломатические помещения. Работает без интернета; каждое изменение сохраняется в журнале аудита дела.

%1.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="+43"/>
        <source>Something went wrong inside Casefiles: %1</source>
        <translation>Внутренняя ошибка Casefiles: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your case file was not changed by this. Details are in %1.</source>
        <translation>Ваше дело из-за этого не изменено. Подробности — в %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>MissionDialog</name>
    <message>
        <location filename="../../ui/dialogs/mission_dialog.py" line="+16"/>
        <source>Mission details</source>
        <translation>Данные представительства</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mission details (read-only)</source>
        <translation>Данные представительства (только чтение)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Edit mission details</source>
        <translation>Изменить данные представительства</translation>
    </message>
</context>
<context>
    <name>MissionForm</name>
    <message>
        <location filename="../../ui/dialogs/mission_form.py" line="+26"/>
        <source>&amp;Mission</source>
        <translation>&amp;Представительство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sending state</source>
        <translation>&amp;Аккредитующее государство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host country</source>
        <translation>&amp;Страна пребывания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;City</source>
        <translation>&amp;Город</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time zone of the premises</source>
        <translation>&amp;Часовой пояс помещений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lassification</source>
        <translation>Г&amp;риф</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reference prefix</source>
        <translation>Префикс &amp;номера</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Embassy of … in …</source>
        <translation>напр., Посольство … в …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printed on every page, e.g. RESTRICTED</source>
        <translation>печатается на каждой странице, напр., ДСП</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. KYIV: incidents become KYIV-2025-001</source>
        <translation>напр., KYIV: инциденты получат номера KYIV-2025-001</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../ui/dialogs/new_case_dialog.py" line="+66"/>
        <source>New case file</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;ncryption</source>
        <translation>&amp;Шифрование</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New case</source>
        <comment>the file name suggested before the mission is named</comment>
        <translation>Новое дело</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose where to keep the case file.</source>
        <translation>Выберите, где хранить дело.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 уже существует; выберите другое имя.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 does not exist.</source>
        <translation>Папка %1 не существует.</translation>
    </message>
</context>
<context>
    <name>NewIncidentDialog</name>
    <message>
        <location filename="../../ui/dialogs/new_incident_dialog.py" line="+27"/>
        <location line="+39"/>
        <source>New incident</source>
        <translation>Новый инцидент</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>What happened, in a line</source>
        <translation>Что произошло, одной строкой</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Site</source>
        <translation>&amp;Объект</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When</source>
        <translation>&amp;Когда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ype</source>
        <translation>&amp;Тип</translation>
    </message>
</context>
<context>
    <name>NewPassphrase</name>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="+179"/>
        <source>&amp;Encrypt the case file with a passphrase (recommended)</source>
        <translation>&amp;Зашифровать дело парольной фразой (рекомендуется)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase again</source>
        <translation>Парольная фраза ещё раз</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Without the passphrase nobody, not even you, can open the file: keep it safe.</source>
        <translation>Без парольной фразы никто, даже вы, не сможет открыть файл: храните её надёжно.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Passphrase</source>
        <translation>Па&amp;рольная фраза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again</source>
        <translation>&amp;Ещё раз</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not encrypted: anyone who gets the file can read all of it.</source>
        <translation>Не зашифровано: любой, кто получит файл, сможет прочитать его полностью.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Use a passphrase of at least %1 characters.</source>
        <translation>Используйте парольную фразу длиной не менее %1 символов.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../ui/dialogs/note_dialog.py" line="+23"/>
        <source>Edit note on %1</source>
        <translation>Изменить заметку: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add note on %1</source>
        <translation>Добавить заметку: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Note</source>
        <translation>&amp;Заметка</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit note</source>
        <translation>Изменить заметку</translation>
    </message>
</context>
<context>
    <name>NoteListModel</name>
    <message>
        <location filename="../../ui/models/note_list_model.py" line="+56"/>
        <source>unknown author</source>
        <translation>автор неизвестен</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../ui/notes/notes_panel.py" line="+33"/>
        <source>Add note…</source>
        <translation>Добавить заметку…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Delete note</source>
        <translation>Удалить заметку</translation>
    </message>
</context>
<context>
    <name>OpenHeadquartersDialog</name>
    <message>
        <location filename="../../ui/headquarters/open_dialog.py" line="+35"/>
        <location line="+73"/>
        <source>Open headquarters database</source>
        <translation>Открыть базу данных центрального аппарата</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Connection URL</source>
        <translation>URL подключения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>empty: PGPASSWORD or your pgpass file</source>
        <translation>пусто: PGPASSWORD или ваш файл pgpass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database is opened read-only. The password is used for this connection only and never saved.</source>
        <translation>База данных открывается только для чтения. Пароль используется только для этого подключения и никогда не сохраняется.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Connection &amp;URL:</source>
        <translation>&amp;URL подключения:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>Па&amp;роль:</translation>
    </message>
</context>
<context>
    <name>OptionalCount</name>
    <message>
        <location filename="../../ui/widgets/optional_number.py" line="+18"/>
        <source>unknown</source>
        <comment>a number the source does not give</comment>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave at “unknown” when the source does not say; 0 means none.</source>
        <translation>Оставьте «неизвестно», если источник этого не сообщает; 0 означает «ни одного».</translation>
    </message>
</context>
<context>
    <name>OptionalMeasure</name>
    <message>
        <location line="+18"/>
        <source>unknown</source>
        <comment>a measure the source does not give</comment>
        <translation>неизвестно</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="-185"/>
        <source>Choose a passphrase: several words are easier to remember than symbols.</source>
        <translation>Придумайте парольную фразу: несколько слов запомнить легче, чем символы.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Too short: use at least %1 characters, e.g. four unrelated words.</source>
        <translation>Слишком короткая: используйте не менее %1 символов, напр., четыре не связанных между собой слова.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weak: add another word or two.</source>
        <translation>Слабая: добавьте ещё одно-два слова.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fair: one more word makes it strong.</source>
        <translation>Приемлемая: ещё одно слово сделает её надёжной.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong.</source>
        <translation>Надёжная.</translation>
    </message>
</context>
<context>
    <name>PathPicker</name>
    <message>
        <location filename="../../ui/dialogs/new_case_dialog.py" line="-69"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New case file</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case files (*%1)</source>
        <translation>Файлы дел (*%1)</translation>
    </message>
</context>
<context>
    <name>PhotoGridModel</name>
    <message>
        <location filename="../../ui/models/photo_grid_model.py" line="+27"/>
        <source>Camera preview</source>
        <translation>Превью камеры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown: the small picture the camera stored in the file, until the thumbnail is made from the photo itself. It is not part of the evidence.</source>
        <translation>Показано: маленькое изображение, которое камера записала в файл, пока миниатюра не будет сделана из самого фото. Оно не является частью доказательств.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No preview: %1</source>
        <translation>Нет изображения для просмотра: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The thumbnail and preview are being made; the original is saved.</source>
        <translation>Миниатюра и изображение для просмотра создаются; оригинал сохранён.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n предупреждение</numerusform>
            <numerusform>, %n предупреждения</numerusform>
            <numerusform>, %n предупреждений</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Photo %1%2%3</source>
        <translation>Фото %1%2%3</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Waiting to be made</source>
        <translation>Ожидает создания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Being made…</source>
        <translation>Создаётся…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the queue: %1</source>
        <translation>В очереди: %1</translation>
    </message>
</context>
<context>
    <name>PhotoGridView</name>
    <message>
        <location filename="../../ui/photos/photo_grid_view.py" line="+44"/>
        <source>Photos</source>
        <translation>Фото</translation>
    </message>
</context>
<context>
    <name>PhotoImport</name>
    <message>
        <location filename="../../ui/photos/photo_import.py" line="+60"/>
        <source>Importing photos</source>
        <translation>Импорт фото</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importing scans</source>
        <translation>Импорт сканов</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing into %1…</source>
        <translation>Импорт в %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Import %n photo(s) into %1</source>
        <translation>
            <numerusform>Импорт %n фото: %1</numerusform>
            <numerusform>Импорт %n фото: %1</numerusform>
            <numerusform>Импорт %n фото: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Import %n scan(s) into %1</source>
        <translation>
            <numerusform>Импорт %n скана: %1</numerusform>
            <numerusform>Импорт %n сканов: %1</numerusform>
            <numerusform>Импорт %n сканов: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Photo import</source>
        <translation>Импорт фото</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <location filename="../../ui/photos/photo_panel.py" line="+68"/>
        <source>Add scans…</source>
        <translation>Добавить сканы…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import photos…</source>
        <translation>Импортировать фото…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>View</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export original…</source>
        <translation>Экспортировать оригинал…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove scan</source>
        <translation>Удалить скан</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove from incident</source>
        <translation>Убрать из инцидента</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link to damage…</source>
        <translation>Связать с повреждением…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No scans of this letter yet. Drop scans or photos of it here, or use Add scans.</source>
        <translation>Сканов этого письма ещё нет. Перетащите сюда его сканы или фото или воспользуйтесь командой «Добавить сканы».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No photos yet. Drop photos or folders here, or use Import photos (Ctrl+I).</source>
        <translation>Фото ещё нет. Перетащите сюда фото или папки или воспользуйтесь командой «Импортировать фото» (Ctrl+I).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Damage shown by the selected photo</source>
        <translation>Повреждения, которые показывает выбранное фото</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Progress of the thumbnails and previews</source>
        <translation>Ход создания миниатюр и изображений для просмотра</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Import photos into %1</source>
        <translation>Импорт фото: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import scans into %1</source>
        <translation>Импорт сканов: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photos (%1);;All files (*)</source>
        <translation>Фото (%1);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Making thumbnails and previews: %1 of %2</source>
        <translation>Создание миниатюр и изображений для просмотра: %1 из %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Export originals into a folder</source>
        <translation>Экспортировать оригиналы в папку</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Originals exported</source>
        <translation>Оригиналы экспортированы</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Saved %n original file(s), byte-identical, each with a JSON sidecar, in %1.</source>
        <translation>
            <numerusform>Сохранён %n оригинальный файл, побайтно идентичный, с сопроводительным файлом JSON, в %1.</numerusform>
            <numerusform>Сохранено %n оригинальных файла, побайтно идентичных, каждый с сопроводительным файлом JSON, в %1.</numerusform>
            <numerusform>Сохранено %n оригинальных файлов, побайтно идентичных, каждый с сопроводительным файлом JSON, в %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Remove %n photo(s) from %1</source>
        <translation>
            <numerusform>Убрать %n фото: %1</numerusform>
            <numerusform>Убрать %n фото: %1</numerusform>
            <numerusform>Убрать %n фото: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Remove %n scan(s) from %1</source>
        <translation>
            <numerusform>Удалить %n скан: %1</numerusform>
            <numerusform>Удалить %n скана: %1</numerusform>
            <numerusform>Удалить %n сканов: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Link to damage</source>
        <translation>Связать с повреждением</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This incident has no damage items yet: add one on the Damage tab first.</source>
        <translation>У этого инцидента ещё нет записей о повреждениях: сначала добавьте запись на вкладке «Повреждения».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Link photo to damage</source>
        <translation>Связать фото с повреждением</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Shows: %1</source>
        <translation>Показывает: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows no particular damage item</source>
        <translation>Не связано с конкретной записью о повреждении</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../ui/photos/photo_viewer.py" line="+63"/>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit to window</source>
        <translation>По размеру окна</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Actual size</source>
        <translation>Фактический размер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual size (Ctrl+1)</source>
        <translation>Фактический размер (Ctrl+1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rotate view left</source>
        <translation>Повернуть влево</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rotate view right</source>
        <translation>Повернуть вправо</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+2"/>
        <source>Caption</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>What the photo shows</source>
        <translation>Что показывает фото</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SHA-256 of the original</source>
        <translation>SHA-256 оригинала</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <source>Warnings</source>
        <translation>Предупреждения</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>&amp;Caption</source>
        <translation>&amp;Подпись</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original</source>
        <translation>Оригинал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken</source>
        <translation>Снято</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>Импортировано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Previous</source>
        <translation>П&amp;редыдущее</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>&amp;Следующее</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export original…</source>
        <translation>&amp;Экспортировать оригинал…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the original file, byte for byte, with a JSON sidecar of its hash and metadata</source>
        <translation>Сохранить оригинальный файл побайтно вместе с сопроводительным файлом JSON с его хешем и метаданными</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Photo %1 of %2: %3</source>
        <translation>Фото %1 из %2: %3</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 пикс.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>, %1 m above sea level</source>
        <translation>, %1 м над уровнем моря</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file gives no position.</source>
        <translation>В файле нет координат.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1; software %2</source>
        <translation>%1; программа %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file does not say.</source>
        <translation>В файле не указано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by %1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No preview could be made: %1</source>
        <translation>Не удалось создать изображение для просмотра: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the picture could not be decoded</source>
        <translation>изображение не удалось декодировать</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No preview of this file: %1.</source>
        <translation>Нет изображения для просмотра этого файла: %1.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Edit photo caption</source>
        <translation>Изменить подпись фото</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Rotate photo view</source>
        <translation>Повернуть просмотр фото</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export the original into a folder</source>
        <translation>Экспортировать оригинал в папку</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Original exported</source>
        <translation>Оригинал экспортирован</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved %1 (byte-identical to the original) and %2.json beside it.</source>
        <translation>Сохранены %1 (побайтно идентичен оригиналу) и рядом %2.json.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../ui/printing/actions.py" line="+103"/>
        <source>Export PDF (a PDF is not encrypted: anyone who gets it can read it)</source>
        <translation>Экспорт в PDF (PDF не шифруется: любой, кто его получит, сможет его прочитать)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Writing the PDF…</source>
        <translation>Запись PDF…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Print the case summary in %1</source>
        <translation>Печать сводки по делу: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the report in %1</source>
        <translation>Печать отчёта: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Drawing the pages…</source>
        <translation>Формирование страниц…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The document could not be made: %1</source>
        <translation>Не удалось создать документ: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the case file…</source>
        <translation>Чтение дела…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Case summary %1</source>
        <translation>Сводка по делу %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident report %1</source>
        <translation>Отчёт об инциденте %1</translation>
    </message>
    <message>
        <location filename="../../ui/printing/fonts.py" line="+37"/>
        <source>The font %1 cannot be read: %2</source>
        <translation>Не удаётся прочитать шрифт %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Qt refused the font %1.</source>
        <translation>Qt отклонил шрифт %1.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/pdf.py" line="+49"/>
        <source>%1 cannot be written: %2.</source>
        <translation>Не удаётся записать %1: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/render.py" line="+62"/>
        <source>The document could not be started: the file or printer refused it.</source>
        <translation>Не удалось начать документ: файл или принтер отказал.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Page %1 could not be started: the target refused it.</source>
        <translation>Не удалось начать страницу %1: устройство вывода отказало.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../ui/dialogs/profile_dialog.py" line="+18"/>
        <source>Your name and role are written into the audit log with every change you make, and printed as “Prepared by” on case summaries and reports. They are kept in this computer account&apos;s settings, not in any case file. Without them, paper says the preparer was not given.</source>
        <translation>Ваши имя и должность записываются в журнал аудита с каждым вашим изменением и печатаются в строке «Подготовил» в сводках и отчётах. Они хранятся в настройках этой учётной записи компьютера, а не в деле. Без них на бумаге будет указано, что исполнитель не указан.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>as it should appear on paper</source>
        <translation>как должно быть на бумаге</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Administrative officer, Consul</source>
        <translation>напр., административный сотрудник, консул</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role</source>
        <translation>&amp;Должность</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Preferences: your profile</source>
        <translation>Настройки: ваш профиль</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../ui/background.py" line="+76"/>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%v of %m</source>
        <comment>progress: 3 of 12</comment>
        <translation>%v из %m</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../../ui/qt_buttons.py" line="+31"/>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>От&amp;мена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without Saving</source>
        <translation>Закрыть без сохранения</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-23"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Сохранить все</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>Да для &amp;всех</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>Н&amp;ет для всех</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Прервать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>По умолчанию</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <location filename="../../ui/dialogs/site_dialog.py" line="+21"/>
        <source>Edit site</source>
        <translation>Изменить объект</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+54"/>
        <source>Add site</source>
        <translation>Добавить объект</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>e.g. Embassy chancery, Kyiv</source>
        <translation>напр., Канцелярия посольства, Киев</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. 50.4619 (north is positive)</source>
        <translation>напр., 50.4619 (север — положительная)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 30.4826 (east is positive)</source>
        <translation>напр., 30.4826 (восток — положительная)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2022, 2022-04 or 2022-04-15</source>
        <translation>2022, 2022-04 или 2022-04-15</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the coordinates were notified to the other side: as precisely as known.</source>
        <translation>Когда координаты были сообщены другой стороне: настолько точно, насколько известно.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address</source>
        <translation>&amp;Адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Latitude</source>
        <translation>&amp;Широта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;ongitude</source>
        <translation>&amp;Долгота</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Coordinates notified</source>
        <translation>&amp;Координаты сообщены</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Edit site %1</source>
        <translation>Изменить объект %1</translation>
    </message>
</context>
<context>
    <name>SiteListModel</name>
    <message>
        <location filename="../../ui/models/site_list_model.py" line="+44"/>
        <source>Coordinates notified: %1</source>
        <translation>Координаты сообщены: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n инцидент</numerusform>
            <numerusform>%n инцидента</numerusform>
            <numerusform>%n инцидентов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All sites</source>
        <translation>Все объекты</translation>
    </message>
</context>
<context>
    <name>SiteNotesDialog</name>
    <message>
        <location filename="../../ui/dialogs/site_notes_dialog.py" line="+17"/>
        <source>Notes on %1</source>
        <translation>Заметки: %1</translation>
    </message>
</context>
<context>
    <name>SitePanel</name>
    <message>
        <location filename="../../ui/navigator/site_panel.py" line="+33"/>
        <source>Add site…</source>
        <translation>Добавить объект…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes…</source>
        <translation>Заметки…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sites</source>
        <translation>Объекты</translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source> It stays the site of its %n incident(s).</source>
        <translation>
            <numerusform> Он останется объектом своего %n инцидента.</numerusform>
            <numerusform> Он останется объектом своих %n инцидентов.</numerusform>
            <numerusform> Он останется объектом своих %n инцидентов.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the site “%1”?%2 You can undo this.</source>
        <translation>Удалить объект «%1»?%2 Это можно отменить.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete site</source>
        <translation>Удалить объект</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete site %1</source>
        <translation>Удалить объект %1</translation>
    </message>
</context>
<context>
    <name>SummaryLanguage</name>
    <message>
        <location filename="../../ui/printing/language.py" line="+31"/>
        <source>PDF, %1 (*.pdf)</source>
        <translation>PDF, %1 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SummaryPreview</name>
    <message>
        <location filename="../../ui/printing/preview.py" line="+50"/>
        <source>Summary in:</source>
        <translation>Язык сводки:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Print preview: %1</source>
        <translation>Предварительный просмотр: %1</translation>
    </message>
</context>
<context>
    <name>SummaryTab</name>
    <message>
        <location filename="../../ui/printing/language.py" line="-17"/>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language of the summary:</source>
        <translation>&amp;Язык сводки:</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../ui/background.py" line="+41"/>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
</context>
<context>
    <name>TimeSpanEdit</name>
    <message>
        <location filename="../../ui/widgets/time_span_edit.py" line="+48"/>
        <source>Precision of the time</source>
        <translation>Точность времени</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How precisely the source gives the time: never more.</source>
        <translation>Насколько точно источник указывает время: не точнее.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Part of the day</source>
        <translation>Часть дня</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+178"/>
        <source>of</source>
        <comment>night of 14 Nov 2025</comment>
        <translation>на</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>Part of the month</source>
        <translation>Часть месяца</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local time</source>
        <translation>Местное время</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time in short form</source>
        <translation>Время в краткой форме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or type e.g. 2025-11-14 night</source>
        <translation>или введите, напр., 2025-11-14 night</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short forms: %1</source>
        <translation>Краткие формы: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time in words</source>
        <translation>Время словами</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>The morning the night ends; it began the evening before.</source>
        <translation>Утро, когда ночь заканчивается; она началась накануне вечером.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../ui/timeline/decor.py" line="+222"/>
        <source>No incidents match the filter</source>
        <translation>Ни один инцидент не соответствует фильтру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No incidents recorded</source>
        <translation>Инциденты не зарегистрированы</translation>
    </message>
</context>
<context>
    <name>TimelineDock</name>
    <message>
        <location filename="../../ui/window/timeline_dock.py" line="+26"/>
        <source>Timeline</source>
        <translation>Временная шкала</translation>
    </message>
</context>
<context>
    <name>TimelineExport</name>
    <message>
        <location filename="../../ui/timeline/export.py" line="+41"/>
        <source>%1 – %2, times in %3</source>
        <translation>%1 – %2, часовой пояс %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Timeline of incidents</source>
        <translation>Временная шкала инцидентов</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The image %1 could not be written: %2</source>
        <translation>Не удалось записать изображение %1: %2</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The PDF %1 could not be written.</source>
        <translation>Не удалось записать PDF %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The PDF %1 could not be finished.</source>
        <translation>Не удалось завершить PDF %1.</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../ui/timeline/panel.py" line="+29"/>
        <source>Timeline</source>
        <translation>Временная шкала</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit all incidents</source>
        <translation>Вместить все инциденты</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show all incidents</source>
        <translation>Показать все инциденты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 years</source>
        <translation>5 лет</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show 5 years</source>
        <translation>Показать 5 лет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 year</source>
        <translation>1 год</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show 1 year</source>
        <translation>Показать 1 год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 month</source>
        <translation>1 месяц</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show 1 month</source>
        <translation>Показать 1 месяц</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export view as PNG…</source>
        <translation>Экспорт вида в PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export view as PDF…</source>
        <translation>Экспорт вида в PDF…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export timeline as PNG</source>
        <translation>Экспорт временной шкалы в PNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export timeline as PDF</source>
        <translation>Экспорт временной шкалы в PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1

Nothing else was changed.</source>
        <translation>%1

Ничего другого не изменено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export timeline</source>
        <translation>Экспорт временной шкалы</translation>
    </message>
</context>
<context>
    <name>TimelineTooltips</name>
    <message>
        <location filename="../../ui/timeline/tooltip.py" line="+33"/>
        <source>not assessed</source>
        <translation>не оценено</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no photos</source>
        <translation>нет фото</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n фото</numerusform>
            <numerusform>%n фото</numerusform>
            <numerusform>%n фото</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worst damage</source>
        <translation>Наибольшие повреждения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos</source>
        <translation>Фото</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>&lt;b&gt;%n incident(s)&lt;/b&gt; too close to tell apart: click or zoom in</source>
        <translation>
            <numerusform>&lt;b&gt;%n инцидент&lt;/b&gt;: слишком близко, чтобы различить; щёлкните или увеличьте масштаб</numerusform>
            <numerusform>&lt;b&gt;%n инцидента&lt;/b&gt;: слишком близко, чтобы различить; щёлкните или увеличьте масштаб</numerusform>
            <numerusform>&lt;b&gt;%n инцидентов&lt;/b&gt;: слишком близко, чтобы различить; щёлкните или увеличьте масштаб</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&lt;b&gt;%n incident(s)&lt;/b&gt; recorded as %1</source>
        <translation>
            <numerusform>&lt;b&gt;%n инцидент&lt;/b&gt; зарегистрирован как %1</numerusform>
            <numerusform>&lt;b&gt;%n инцидента&lt;/b&gt; зарегистрированы как %1</numerusform>
            <numerusform>&lt;b&gt;%n инцидентов&lt;/b&gt; зарегистрированы как %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../../ui/timeline/widget.py" line="+94"/>
        <source>Timeline of incidents</source>
        <translation>Временная шкала инцидентов</translation>
    </message>
    <message numerus="yes">
        <location line="+376"/>
        <source>%n incident(s) shown; click to expand</source>
        <translation>
            <numerusform>Показан %n инцидент; щёлкните, чтобы развернуть</numerusform>
            <numerusform>Показано %n инцидента; щёлкните, чтобы развернуть</numerusform>
            <numerusform>Показано %n инцидентов; щёлкните, чтобы развернуть</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n incident(s) shown; click to collapse</source>
        <translation>
            <numerusform>Показан %n инцидент; щёлкните, чтобы свернуть</numerusform>
            <numerusform>Показано %n инцидента; щёлкните, чтобы свернуть</numerusform>
            <numerusform>Показано %n инцидентов; щёлкните, чтобы свернуть</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="+82"/>
        <source>Open %1</source>
        <translation>Открыть %1</translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <location line="-68"/>
        <source>%1 is encrypted. Enter its passphrase:</source>
        <translation>%1 зашифрован. Введите парольную фразу:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unlocking…</source>
        <translation>Разблокируем…</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Wrong passphrase. You can try again in %n s.</source>
        <translation>
            <numerusform>Неверная парольная фраза. Повторите попытку через %n с.</numerusform>
            <numerusform>Неверная парольная фраза. Повторите попытку через %n с.</numerusform>
            <numerusform>Неверная парольная фраза. Повторите попытку через %n с.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wrong passphrase. Try again.</source>
        <translation>Неверная парольная фраза. Попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../ui/dialogs/verify_dialog.py" line="+67"/>
        <source>Verify %1</source>
        <translation>Проверка: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking every original, the audit log and every record…</source>
        <translation>Проверка каждого оригинала, журнала аудита и каждой записи…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verification progress</source>
        <translation>Ход проверки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Findings</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The findings appear here.</source>
        <translation>Здесь появятся результаты.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save report…</source>
        <translation>&amp;Сохранить отчёт…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Verify</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The search index was rebuilt from the records.</source>
        <translation>Поисковый индекс перестроен по записям.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The check could not run: %1</source>
        <translation>Не удалось выполнить проверку: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 verification</source>
        <comment>file name</comment>
        <translation>Проверка %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <location line="+8"/>
        <source>Save the verification report</source>
        <translation>Сохранить отчёт о проверке</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Текстовые файлы (*.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 already exists. Replace it with this report?</source>
        <translation>%1 уже существует. Заменить его этим отчётом?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>Заменить</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Report saved: %1</source>
        <translation>Отчёт сохранён: %1</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <location filename="../../ui/window/welcome.py" line="+40"/>
        <source>Record the incidents that damage the mission&apos;s premises, with their photos, notes and correspondence, in one case file that works without the internet.</source>
        <translation>Регистрируйте инциденты, повредившие помещения представительства, вместе с фото, заметками и перепиской в одном деле, которое работает без интернета.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New case file…</source>
        <translation>Новое дело…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a case file…</source>
        <translation>Открыть дело…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the demo case</source>
        <translation>Открыть демо-дело</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>Recent case files</source>
        <translation>Последние дела</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None yet: create a case file, open one, or try the demo.</source>
        <translation>Пока нет: создайте дело, откройте существующее или попробуйте демо-дело.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opening</source>
        <comment>a case file is being opened</comment>
        <translation>Открытие</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../ui/window/workspace.py" line="+51"/>
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correspondence</source>
        <translation>Переписка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case notes</source>
        <translation>Заметки по делу</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the case</source>
        <comment>what the case notes are about</comment>
        <translation>дело</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>New incident</source>
        <translation>Новый инцидент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First add the site the incident happened at.</source>
        <translation>Сначала добавьте объект, на котором произошёл инцидент.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete %1 “%2” with its damage, photos and notes? Nothing is erased from the file, and Undo brings it back.</source>
        <translation>Удалить инцидент %1 «%2» вместе с повреждениями, фото и заметками? Из файла ничего не стирается, а «Отменить» всё вернёт.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete incident</source>
        <translation>Удалить инцидент</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete %1</source>
        <translation>Удалить %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import photos</source>
        <translation>Импорт фото</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the incident the photos belong to first.</source>
        <translation>Сначала выберите инцидент, к которому относятся фото.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the correspondence item the note is about.</source>
        <translation>Выберите запись переписки, к которой относится заметка.</translation>
    </message>
</context>
<context>
    <name>ZoomView</name>
    <message>
        <location filename="../../ui/photos/zoom_view.py" line="+26"/>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
</context>
</TS>
