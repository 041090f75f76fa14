<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ui/window/actions.py" line="+101"/>
        <source>&amp;New case file…</source>
        <translation>&amp;Нова справа…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create an empty case file</source>
        <translation>Створити порожню справу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open…</source>
        <translation>&amp;Відкрити…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a case file</source>
        <translation>Відкрити справу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the &amp;demo case</source>
        <translation>Відкрити де&amp;мо-справу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a copy of the demo</source>
        <translation>Відкрити копію демо-справи</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;headquarters database…</source>
        <translation>Відкрити базу &amp;центрального апарату…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every mission&apos;s incidents from a headquarters PostgreSQL database, read-only</source>
        <translation>Інциденти всіх представництв із бази PostgreSQL центрального апарату, лише для читання</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save a &amp;copy…</source>
        <translation>Зберегти &amp;копію…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a consistent copy of this case file elsewhere (e.g. a USB stick)</source>
        <translation>Записати узгоджену копію цієї справи в інше місце (напр., на USB-накопичувач)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрити</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close this case file</source>
        <translation>Закрити цю справу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>Ви&amp;йти</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the app</source>
        <translation>Закрити програму</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo the last change</source>
        <translation>Скасувати останню зміну</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redo the change undone</source>
        <translation>Повторити скасовану зміну</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find…</source>
        <translation>&amp;Знайти…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the incidents</source>
        <translation>Пошук в інцидентах</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New &amp;incident…</source>
        <translation>Новий &amp;інцидент…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a new incident</source>
        <translation>Зареєструвати новий інцидент</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete incident</source>
        <translation>&amp;Видалити інцидент</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the incident shown</source>
        <translation>Видалити показаний інцидент</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import photos…</source>
        <translation>Імпортувати &amp;фото…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import photos into the incident shown</source>
        <translation>Імпортувати фото до показаного інциденту</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;note…</source>
        <translation>Додати &amp;нотатку…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a note to the incident shown (or to the case)</source>
        <translation>Додати нотатку до показаного інциденту (або до справи)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New &amp;site…</source>
        <translation>Новий &amp;об&apos;єкт…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add premises or another site</source>
        <translation>Додати приміщення або інший об&apos;єкт</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New &amp;correspondence…</source>
        <translation>Новий запис &amp;листування…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a note verbale, summons, meeting, call or statement</source>
        <translation>Зареєструвати вербальну ноту, виклик, зустріч, розмову чи заяву</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Mission details…</source>
        <translation>Дані &amp;представництва…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mission, its time zone, prefix</source>
        <translation>Представництво, його часовий пояс, префікс</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Print the case summary…</source>
        <translation>&amp;Друкувати зведення у справі…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the summary of the whole case</source>
        <translation>Надрукувати зведення в усій справі</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Попередній перегляд…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See the case summary page by page before printing</source>
        <translation>Переглянути зведення у справі посторінково перед друком</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Case summary as P&amp;DF…</source>
        <translation>Зведення &amp;у PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the case summary as a PDF file</source>
        <translation>Зберегти зведення у справі як файл PDF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Incident report as PD&amp;F…</source>
        <translation>Зві&amp;т про інцидент у PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the report of the incident shown as a PDF file</source>
        <translation>Зберегти звіт про показаний інцидент як файл PDF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Verify…</source>
        <translation>Перевірка &amp;цілісності…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the case file: every original, the audit log, every record</source>
        <translation>Перевірити справу: кожен оригінал, журнал аудиту, кожен запис</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Експорт пакета…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a bundle to hand over: records, originals, tables, checksums, summary</source>
        <translation>Записати пакет для передання: записи, оригінали, таблиці, контрольні суми, зведення</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imp&amp;ort bundle…</source>
        <translation>&amp;Імпорт пакета…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a case file from a bundle, or add a bundle&apos;s records to this one</source>
        <translation>Створити справу з пакета або додати записи пакета до цієї справи</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Резервні копії…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The automatic backups of this case file: open one or restore it as a new file</source>
        <translation>Автоматичні резервні копії цієї справи: відкрити копію або відновити її як новий файл</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Налаштування…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your name and role, for the audit log</source>
        <translation>Ваші ім&apos;я та посада для журналу аудиту</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сполучення клавіш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Casefiles</source>
        <translation>&amp;Про Casefiles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print</source>
        <comment>toolbar button</comment>
        <translation>Друк</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <location filename="../../ui/models/backup_table_model.py" line="+31"/>
        <source>Taken</source>
        <translation>Створено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint</source>
        <translation>Відбиток</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(unreadable)</source>
        <translation>(не вдається прочитати)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
Fingerprint %2</source>
        <translation>%1
Відбиток %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Same as the case file now</source>
        <translation>Збігається з поточною справою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can be opened</source>
        <translation>Можна відкрити</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="+47"/>
        <location line="+19"/>
        <source>Automatic backups</source>
        <translation>Автоматичні резервні копії</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>A backup is taken each time this case file is opened for writing, and the newest are kept in %1. Open one to look at it (read-only), or restore it as a new file: the case file itself is never replaced.</source>
        <translation>Резервна копія створюється щоразу, коли цю справу відкривають для запису; найновіші зберігаються в %1. Відкрийте копію для перегляду (лише для читання) або відновіть її як новий файл: саму справу ніколи не буде замінено.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No automatic backups of this case file yet: one is taken each time it is opened for writing.</source>
        <translation>Автоматичних резервних копій цієї справи ще немає: копія створюється щоразу, коли справу відкривають для запису.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Open read-only</source>
        <translation>&amp;Відкрити лише для читання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore as a new file…</source>
        <translation>Від&amp;новити як новий файл…</translation>
    </message>
</context>
<context>
    <name>CaseLock</name>
    <message>
        <location filename="../../ui/window/case_lock.py" line="+68"/>
        <source>&amp;Lock</source>
        <translation>За&amp;блокувати</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the case file and ask for its passphrase again (Ctrl+L)</source>
        <translation>Закрити справу й знову запитати парольну фразу (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>CaseTools</name>
    <message numerus="yes">
        <location filename="../../ui/window/case_tools.py" line="+40"/>
        <source>%n mission(s)</source>
        <translation>
            <numerusform>%n представництво</numerusform>
            <numerusform>%n представництва</numerusform>
            <numerusform>%n представництв</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n об&apos;єкт</numerusform>
            <numerusform>%n об&apos;єкти</numerusform>
            <numerusform>%n об&apos;єктів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n інцидент</numerusform>
            <numerusform>%n інциденти</numerusform>
            <numerusform>%n інцидентів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n damage item(s)</source>
        <translation>
            <numerusform>%n запис про пошкодження</numerusform>
            <numerusform>%n записи про пошкодження</numerusform>
            <numerusform>%n записів про пошкодження</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n correspondence item(s)</source>
        <translation>
            <numerusform>%n запис листування</numerusform>
            <numerusform>%n записи листування</numerusform>
            <numerusform>%n записів листування</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n photo(s) or file(s)</source>
        <translation>
            <numerusform>%n фото або файл</numerusform>
            <numerusform>%n фото або файли</numerusform>
            <numerusform>%n фото або файлів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n нотатка</numerusform>
            <numerusform>%n нотатки</numerusform>
            <numerusform>%n нотаток</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n correspondence link(s)</source>
        <translation>
            <numerusform>%n зв&apos;язок листування</numerusform>
            <numerusform>%n зв&apos;язки листування</numerusform>
            <numerusform>%n зв&apos;язків листування</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Welcome: who is working?</source>
        <translation>Вітаємо! Хто працює?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Changes are now recorded as %1</source>
        <translation>Відтепер зміни записуються від імені %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Export bundle</source>
        <translation>Експорт пакета</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote %1: %2, %3 in all, %4 bytes; checked. Anyone can check it with sha256sum -c SHA256SUMS after unzipping it.</source>
        <translation>Записано %1: %2, усього %3, %4 байтів; перевірено. Будь-хто може перевірити його командою sha256sum -c SHA256SUMS після розпакування.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файли</numerusform>
            <numerusform>%n файлів</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Added to %1: %2.</source>
        <translation>Додано до %1: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to add: everything in the bundle is already in %1.</source>
        <translation>Нічого додавати: усе з пакета вже є в %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>Import bundle</source>
        <translation>Імпорт пакета</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created %1 from the bundle: %2. Open it now?</source>
        <translation>Із пакета створено %1: %2. Відкрити зараз?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no records</source>
        <translation>записів немає</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+60"/>
        <source>Open it</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+60"/>
        <source>Not now</source>
        <translation>Не зараз</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Restore the backup as a new file</source>
        <translation>Відновити резервну копію як новий файл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (backup of %2 UTC)</source>
        <translation>%1 (резервна копія від %2 UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case files (*%1)</source>
        <translation>Файли справ (*%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restoring the backup to %1…</source>
        <translation>Відновлення резервної копії в %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+13"/>
        <location line="+4"/>
        <source>Restore backup</source>
        <translation>Відновити резервну копію</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Restored the backup as %1 (fingerprint %2…). Open it now?</source>
        <translation>Резервну копію відновлено як %1 (відбиток %2…). Відкрити зараз?</translation>
    </message>
</context>
<context>
    <name>CorrespondenceDialog</name>
    <message>
        <location filename="../../ui/dialogs/correspondence_dialog.py" line="+84"/>
        <source>Edit correspondence</source>
        <translation>Редагувати листування</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add correspondence</source>
        <translation>Додати листування</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. No. 12/345-2025</source>
        <translation>напр., № 12/345-2025</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>who it was sent to, received from or met</source>
        <translation>кому надіслано, від кого отримано або з ким зустрічалися</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Direction</source>
        <translation>&amp;Напрямок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When</source>
        <translation>&amp;Коли</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reference no.</source>
        <translation>Номер &amp;документа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ounterpart</source>
        <translation>&amp;Співрозмовник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Summary</source>
        <translation>&amp;Зміст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Incidents</source>
        <translation>&amp;Інциденти</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Add %1</source>
        <translation>Додати: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit %1</source>
        <translation>Редагувати: %1</translation>
    </message>
</context>
<context>
    <name>CorrespondencePanel</name>
    <message>
        <location filename="../../ui/correspondence/correspondence_panel.py" line="+67"/>
        <source>Add correspondence…</source>
        <translation>Додати листування…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Редагувати…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Correspondence</source>
        <translation>Листування</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Selected correspondence in full</source>
        <translation>Повний текст вибраного листування</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an item to read it in full.</source>
        <translation>Виберіть запис, щоб прочитати його повністю.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scans of the selected correspondence</source>
        <translation>Скани вибраного листування</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes on the selected correspondence</source>
        <translation>Нотатки до вибраного листування</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scans</source>
        <translation>Скани</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Delete %1</source>
        <translation>Видалити: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the %1 of %2</source>
        <comment>the summons of 14 November 2025</comment>
        <translation>%1 від %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(a deleted incident)</source>
        <translation>(видалений інцидент)</translation>
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
        <translation>Співрозмовник: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Concerns:</source>
        <translation>Стосується:</translation>
    </message>
</context>
<context>
    <name>CorrespondenceTableModel</name>
    <message>
        <location filename="../../ui/models/correspondence_table_model.py" line="+33"/>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Напрямок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference no.</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counterpart</source>
        <translation>Співрозмовник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Зміст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents</source>
        <translation>Інциденти</translation>
    </message>
</context>
<context>
    <name>DamageDialog</name>
    <message>
        <location filename="../../ui/dialogs/damage_dialog.py" line="+29"/>
        <source>Edit damage</source>
        <translation>Редагувати пошкодження</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+63"/>
        <source>Add damage</source>
        <translation>Додати пошкодження</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>The incident&apos;s site</source>
        <translation>Об&apos;єкт інциденту</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. 12500 or 12500.50</source>
        <translation>напр., 12500 або 12500.50</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UAH, AZN, USD, EUR…</source>
        <translation>UAH, AZN, USD, EUR…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>YYYY-MM-DD</source>
        <translation>РРРР-ММ-ДД</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Element</source>
        <translation>&amp;Елемент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Severity</source>
        <translation>&amp;Ступінь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description</source>
        <translation>&amp;Опис</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Premises</source>
        <translation>&amp;Приміщення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cost estimate</source>
        <translation>Оцінка &amp;вартості</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrency</source>
        <translation>Ва&amp;люта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated &amp;on</source>
        <translation>&amp;Дата оцінки</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Edit damage: %1</source>
        <translation>Редагувати пошкодження: %1</translation>
    </message>
</context>
<context>
    <name>DamagePanel</name>
    <message>
        <location filename="../../ui/incident/damage_panel.py" line="+37"/>
        <source>Add damage…</source>
        <translation>Додати пошкодження…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Редагувати…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Damage items</source>
        <translation>Записи про пошкодження</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Delete damage: %1</source>
        <translation>Видалити пошкодження: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Edit damage: %1</source>
        <translation>Редагувати пошкодження: %1</translation>
    </message>
</context>
<context>
    <name>DamageTableModel</name>
    <message>
        <location filename="../../ui/models/damage_table_model.py" line="+36"/>
        <source>Element</source>
        <translation>Елемент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Ступінь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Premises</source>
        <translation>Приміщення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost estimate</source>
        <translation>Оцінка вартості</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated on</source>
        <translation>Дата оцінки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The incident&apos;s site</source>
        <translation>Об&apos;єкт інциденту</translation>
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
        <translation>Створення зображень для перегляду</translation>
    </message>
</context>
<context>
    <name>ExportBundleDialog</name>
    <message>
        <location filename="../../ui/dialogs/export_bundle_dialog.py" line="+74"/>
        <location line="+96"/>
        <location line="+69"/>
        <source>Export bundle</source>
        <translation>Експорт пакета</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Incidents to export</source>
        <translation>Інциденти для експорту</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;All</source>
        <translation>&amp;Усі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;one</source>
        <translation>&amp;Жодного</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Incidents:</source>
        <translation>&amp;Інциденти:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Leave out location: GPS positions, coordinates, devices</source>
        <translation>&amp;Не включати місцезнаходження: GPS-позиції, координати, пристрої</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include the printed &amp;summary (PDF)</source>
        <translation>&amp;Додати надруковане зведення (PDF)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Encrypt the bundle with AES-256 (7-Zip opens it with the passphrase)</source>
        <translation>&amp;Зашифрувати пакет AES-256 (7-Zip відкриває його з парольною фразою)</translation>
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
        <translation>&amp;Вибрати…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Bundle:</source>
        <translation>&amp;Пакет:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export progress</source>
        <translation>Хід експорту</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Export</source>
        <translation>&amp;Експортувати</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Bundles (*.zip);;All files (*)</source>
        <translation>Пакети (*.zip);;Усі файли (*)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 вже існує; виберіть іншу назву.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Printing the summary for the bundle…</source>
        <translation>Друк зведення для пакета…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the originals…</source>
        <translation>Запис оригіналів…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Writing %1…</source>
        <translation>Запис %1…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Експорт скасовано; нічого не записано.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Something went wrong inside Casefiles: %1</source>
        <translation>Внутрішня помилка Casefiles: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stopping…</source>
        <translation>Зупинка…</translation>
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
        <translation>Центральний апарат — %1 на %2 (лише для читання)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mission / site</source>
        <translation>Представництво / об&apos;єкт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incidents</source>
        <translation>Інциденти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missions and their sites</source>
        <translation>Представництва та їхні об&apos;єкти</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search every mission (Enter)…</source>
        <translation>Пошук у всіх представництвах (Enter)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Headquarters: %1</source>
        <translation>Центральний апарат: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headquarters &amp;summary as PDF…</source>
        <translation>З&amp;ведення центрального апарату у PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A section per mission chosen on the left, one timeline of all</source>
        <translation>Розділ для кожного представництва, вибраного ліворуч, і одна спільна часова шкала</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрити</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All missions</source>
        <translation>Усі представництва</translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n інцидент</numerusform>
            <numerusform>%n інциденти</numerusform>
            <numerusform>%n інцидентів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n incident(s) found for “%1”</source>
        <translation>
            <numerusform>Знайдено %n інцидент за запитом «%1»</numerusform>
            <numerusform>Знайдено %n інциденти за запитом «%1»</numerusform>
            <numerusform>Знайдено %n інцидентів за запитом «%1»</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Headquarters summary as PDF</source>
        <translation>Зведення центрального апарату у PDF</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>Headquarters summary</source>
        <translation>Зведення центрального апарату</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Записано %1 (%n сторінка).</numerusform>
            <numerusform>Записано %1 (%n сторінки).</numerusform>
            <numerusform>Записано %1 (%n сторінок).</numerusform>
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
        <translation>Назва</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mission</source>
        <translation>Представництво</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Об&apos;єкт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When (local)</source>
        <translation>Коли (місц.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damage</source>
        <translation>Пошкодження</translation>
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
        <translation>Імпорт пакета</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Bundle to import</source>
        <translation>Пакет для імпорту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Вибрати…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Into a &amp;new case file:</source>
        <translation>До &amp;нової справи:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New case file</source>
        <translation>Нова справа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ch&amp;oose…</source>
        <translation>Ви&amp;брати…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase of the bundle</source>
        <translation>Парольна фраза пакета</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needed only for an encrypted bundle</source>
        <translation>потрібна лише для зашифрованого пакета</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none is open</source>
        <translation>жодної не відкрито</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merged into the open case file (%1)</source>
        <translation>&amp;Об&apos;єднати з відкритою справою (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Bundle:</source>
        <translation>&amp;Пакет:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Passphrase:</source>
        <translation>Па&amp;рольна фраза:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import progress</source>
        <translation>Хід імпорту</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle is checked first (every file against SHA256SUMS, the audit log, the records). Records already in the case file are skipped; a record held in another version is a conflict, and then nothing is imported.</source>
        <translation>Спершу пакет перевіряється (кожен файл за SHA256SUMS, журнал аудиту, записи). Записи, які вже є у справі, пропускаються; запис в іншій версії — це конфлікт, і тоді нічого не імпортується.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Conflicts</source>
        <translation>Конфлікти</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import</source>
        <translation>&amp;Імпортувати</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Bundles (*.zip);;All files (*)</source>
        <translation>Пакети (*.zip);;Усі файли (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New case file from the bundle</source>
        <translation>Нова справа з пакета</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case files (*%1)</source>
        <translation>Файли справ (*%1)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 вже існує; виберіть іншу назву.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No automatic backup was made before the import: %1</source>
        <translation>Перед імпортом не створено автоматичну резервну копію: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading %1…</source>
        <translation>Читання %1…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Checking every file of the bundle…</source>
        <translation>Перевірка кожного файлу пакета…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding its photos…</source>
        <translation>Додавання фото з пакета…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing was imported: the bundle and this case file hold different versions of the same records (%1):</source>
        <translation>Нічого не імпортовано: пакет і ця справа містять різні версії тих самих записів (%1):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Нічого не змінено.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something went wrong inside Casefiles: %1</source>
        <translation>Внутрішня помилка Casefiles: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The import is finishing; it cannot be stopped halfway.</source>
        <translation>Імпорт завершується; його не можна зупинити на півдорозі.</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_summary_dialog.py" line="+36"/>
        <source>Photo import</source>
        <translation>Імпорт фото</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outcome of each file</source>
        <translation>Результат для кожного файлу</translation>
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
        <translation>Причина та попередження</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported</source>
        <translation>Імпортовано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already in this incident</source>
        <translation>Уже є в цьому інциденті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Відхилено</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%n imported</source>
        <translation>
            <numerusform>%n імпортовано</numerusform>
            <numerusform>%n імпортовано</numerusform>
            <numerusform>%n імпортовано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n already in the incident</source>
        <translation>
            <numerusform>%n вже є в інциденті</numerusform>
            <numerusform>%n вже є в інциденті</numerusform>
            <numerusform>%n вже є в інциденті</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n відхилено</numerusform>
            <numerusform>%n відхилено</numerusform>
            <numerusform>%n відхилено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Cancelled: %1 of %n file(s) were not looked at.</source>
        <translation>
            <numerusform>Скасовано: не переглянуто %1 з %n файлу.</numerusform>
            <numerusform>Скасовано: не переглянуто %1 з %n файлів.</numerusform>
            <numerusform>Скасовано: не переглянуто %1 з %n файлів.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentChecklist</name>
    <message>
        <location filename="../../ui/dialogs/correspondence_dialog.py" line="-120"/>
        <source>Find an incident by reference or title</source>
        <translation>Знайти інцидент за номером або назвою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find an incident to link</source>
        <translation>Знайти інцидент для зв&apos;язування</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incidents this concerns</source>
        <translation>Інциденти, яких це стосується</translation>
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
        <translation>Назва</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Об&apos;єкт</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+81"/>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>Характер ураження</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distance</source>
        <translation>Відстань</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distance in the source&apos;s words</source>
        <translation>Відстань за словами джерела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff killed</source>
        <translation>Загинуло співробітників</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff injured</source>
        <translation>Поранено співробітників</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Others injured</source>
        <translation>Поранено інших осіб</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexploded ordnance</source>
        <translation>Боєприпаси, що не розірвалися</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordnance depth</source>
        <translation>Глибина залягання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>unknown</source>
        <comment>unexploded ordnance</comment>
        <translation>невідомо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes, found</source>
        <comment>unexploded ordnance</comment>
        <translation>так, виявлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <comment>unexploded ordnance</comment>
        <translation>ні</translation>
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
        <translation>за словами джерела</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The distance as the source gives it, e.g. “about 35 steps”</source>
        <translation>Відстань так, як її наводить джерело, напр., «близько 35 кроків»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> m below ground</source>
        <translation> м під землею</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Reference</source>
        <translation>&amp;Номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title</source>
        <translation>Н&amp;азва</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Site</source>
        <translation>&amp;Об&apos;єкт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When</source>
        <translation>&amp;Коли</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ype</source>
        <translation>&amp;Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Impact</source>
        <translation>Характер &amp;ураження</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Distance</source>
        <translation>&amp;Відстань</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Staff &amp;killed</source>
        <translation>&amp;Загинуло співробітників</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff i&amp;njured</source>
        <translation>&amp;Поранено співробітників</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Others injured</source>
        <translation>Поранено &amp;інших осіб</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Une&amp;xploded ordnance</source>
        <translation>&amp;Боєприпаси, що не розірвалися</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordnance de&amp;pth</source>
        <translation>&amp;Глибина залягання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat&amp;us</source>
        <translation>&amp;Статус</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Descri&amp;ption of what happened</source>
        <translation>Опис по&amp;дії</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>%1 (deleted)</source>
        <translation>%1 (видалено)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Change %1 of %2</source>
        <translation>Зміна поля «%1» в %2</translation>
    </message>
</context>
<context>
    <name>IncidentList</name>
    <message>
        <location filename="../../ui/navigator/incident_list.py" line="+71"/>
        <source>Search titles, descriptions, damage, notes…</source>
        <translation>Пошук у назвах, описах, пошкодженнях, нотатках…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search incidents</source>
        <translation>Пошук інцидентів</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any type</source>
        <translation>Будь-який тип</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by type</source>
        <translation>Фільтр за типом</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any status</source>
        <translation>Будь-який статус</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by status</source>
        <translation>Фільтр за статусом</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by year</source>
        <translation>Фільтр за роком</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+209"/>
        <source>Any year</source>
        <translation>Будь-який рік</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>Where the search found the words</source>
        <translation>Де знайдено слова пошуку</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Number of incidents shown</source>
        <translation>Кількість показаних інцидентів</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incidents</source>
        <translation>Інциденти</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>No incident matches “%1”.</source>
        <translation>Жоден інцидент не відповідає запиту «%1».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found in %1: %2</source>
        <translation>Знайдено (%1): %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose an incident to see where “%1” was found.</source>
        <translation>Виберіть інцидент, щоб побачити, де знайдено «%1».</translation>
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
        <translation>назва</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <comment>found in</comment>
        <translation>опис</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>damage</source>
        <comment>found in</comment>
        <translation>пошкодження</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <comment>found in</comment>
        <translation>нотатки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>correspondence</source>
        <comment>found in</comment>
        <translation>листування</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n інцидент</numerusform>
            <numerusform>%n інциденти</numerusform>
            <numerusform>%n інцидентів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n incident(s) shown</source>
        <translation>
            <numerusform>Показано %1 з %n інциденту</numerusform>
            <numerusform>Показано %1 з %n інцидентів</numerusform>
            <numerusform>Показано %1 з %n інцидентів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentPage</name>
    <message>
        <location filename="../../ui/incident/incident_page.py" line="+45"/>
        <source>Incident</source>
        <translation>Інцидент</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Details</source>
        <translation>Відомості</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+89"/>
        <source>Damage</source>
        <translation>Пошкодження</translation>
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
        <translation>Нотатки</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+89"/>
        <source>Correspondence</source>
        <translation>Листування</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Choose an incident in the list to see and edit it here, or add one with New incident (Ctrl+N).</source>
        <translation>Виберіть інцидент у списку, щоб переглянути й відредагувати його тут, або додайте новий командою «Новий інцидент» (Ctrl+N).</translation>
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
        <translation>Коли (місц. час)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Об&apos;єкт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>Ураження</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worst damage</source>
        <translation>Найбільші пошкодження</translation>
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
        <translation>Мова зведення</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../ui/window/language_menu.py" line="+20"/>
        <source>The interface will be in %1 the next time Casefiles starts.</source>
        <translation>Під час наступного запуску Casefiles інтерфейс буде такою мовою: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System language (%1)</source>
        <translation>Мова системи (%1)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Language</source>
        <translation>Мова</translation>
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
        <translation>Зв&apos;язати із записом про пошкодження</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which damage does %1 show?</source>
        <translation>Які пошкодження показує %1?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Damage items</source>
        <translation>Записи про пошкодження</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No damage item (the incident as a whole)</source>
        <translation>Без запису про пошкодження (інцидент загалом)</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/window/case_lock.py" line="-22"/>
        <source>The case file is locked</source>
        <translation>Справу заблоковано</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/window/main_window.py" line="+65"/>
        <source>Case files (*%1);;All files (*)</source>
        <translation>Файли справ (*%1);;Усі файли (*)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Timeline of incidents (Ctrl+T)</source>
        <translation>Часова шкала інцидентів (Ctrl+T)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Останні справи</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Edit</source>
        <translation>&amp;Редагування</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Case</source>
        <translation>&amp;Справа</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main</source>
        <comment>the main toolbar</comment>
        <translation>Головна</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Opening %1…</source>
        <translation>Відкриття %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening the demo case…</source>
        <translation>Відкриття демо-справи…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open a case file</source>
        <translation>Відкрити справу</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Creating %1…</source>
        <translation>Створення %1…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Close case file</source>
        <translation>Закрити справу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work on this case file is still running (%1). Stop it and close?</source>
        <translation>Робота з цією справою ще триває (%1). Зупинити й закрити?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop and close</source>
        <translation>Зупинити й закрити</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 Open it read-only instead, to look without changing it?</source>
        <translation>%1 Відкрити її лише для читання, щоб переглянути без змін?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case file in use</source>
        <translation>Справа використовується</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open read-only</source>
        <translation>Відкрити лише для читання</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+95"/>
        <source>Open case file</source>
        <translation>Відкрити справу</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Warning: %1.</source>
        <translation>Попередження: %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+12"/>
        <source>Unlock your signing key</source>
        <translation>Розблокуйте свій ключ підпису</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Your changes are signed with your own key, which you protected with a passphrase. Passphrase:</source>
        <translation>Ваші зміни підписуються вашим власним ключем, який ви захистили парольною фразою. Парольна фраза:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No automatic backup was made: %1</source>
        <translation>Автоматичну резервну копію не створено: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save a copy of the case file</source>
        <translation>Зберегти копію справи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (copy)</source>
        <translation>%1 (копія)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saving a copy to %1…</source>
        <translation>Збереження копії в %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved a copy: %1</source>
        <translation>Копію збережено: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Save a copy</source>
        <translation>Зберегти копію</translation>
    </message>
    <message>
        <location line="+64"/>
        <source> (read-only: %1)</source>
        <translation> (лише для читання: %1)</translation>
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
            <numerusform>%n інцидент</numerusform>
            <numerusform>%n інциденти</numerusform>
            <numerusform>%n інцидентів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n об&apos;єкт</numerusform>
            <numerusform>%n об&apos;єкти</numerusform>
            <numerusform>%n об&apos;єктів</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read-only (%1) · %2</source>
        <translation>Лише для читання (%1) · %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Скасувати: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторити: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No recent case files</source>
        <translation>Немає останніх справ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Incident report</source>
        <translation>Звіт про інцидент</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the incident in the list first.</source>
        <translation>Спершу виберіть інцидент у списку.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Keyboard shortcuts</source>
        <translation>Сполучення клавіш</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About Casefiles</source>
        <translation>Про Casefiles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case files of incidents that damage diplomatic premises. Works offline; every change is kept in the case file&apos;s audit log.

%1.</source>
        <translation>Справи про інциденти, унаслідок яких пошкоджено дипломатичні приміщення. Працює без інтернету; кожна зміна зберігається в журналі аудиту справи.

%1.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="+43"/>
        <source>Something went wrong inside Casefiles: %1</source>
        <translation>Внутрішня помилка Casefiles: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your case file was not changed by this. Details are in %1.</source>
        <translation>Вашу справу через це не змінено. Подробиці — у %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>MissionDialog</name>
    <message>
        <location filename="../../ui/dialogs/mission_dialog.py" line="+16"/>
        <source>Mission details</source>
        <translation>Дані представництва</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mission details (read-only)</source>
        <translation>Дані представництва (лише для читання)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Edit mission details</source>
        <translation>Редагувати дані представництва</translation>
    </message>
</context>
<context>
    <name>MissionForm</name>
    <message>
        <location filename="../../ui/dialogs/mission_form.py" line="+26"/>
        <source>&amp;Mission</source>
        <translation>&amp;Представництво</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sending state</source>
        <translation>&amp;Акредитуюча держава</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host country</source>
        <translation>&amp;Країна перебування</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;City</source>
        <translation>&amp;Місто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time zone of the premises</source>
        <translation>&amp;Часовий пояс приміщень</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lassification</source>
        <translation>&amp;Гриф</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reference prefix</source>
        <translation>Префікс &amp;номера</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time zone</source>
        <translation>Часовий пояс</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Embassy of … in …</source>
        <translation>напр., Посольство … в …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printed on every page, e.g. RESTRICTED</source>
        <translation>друкується на кожній сторінці, напр., ДСК</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. KYIV: incidents become KYIV-2025-001</source>
        <translation>напр., KYIV: інциденти отримають номери KYIV-2025-001</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../ui/dialogs/new_case_dialog.py" line="+66"/>
        <source>New case file</source>
        <translation>Нова справа</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;ncryption</source>
        <translation>&amp;Шифрування</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New case</source>
        <comment>the file name suggested before the mission is named</comment>
        <translation>Нова справа</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose where to keep the case file.</source>
        <translation>Виберіть, де зберігати справу.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 вже існує; виберіть іншу назву.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 does not exist.</source>
        <translation>Папки %1 не існує.</translation>
    </message>
</context>
<context>
    <name>NewIncidentDialog</name>
    <message>
        <location filename="../../ui/dialogs/new_incident_dialog.py" line="+27"/>
        <location line="+39"/>
        <source>New incident</source>
        <translation>Новий інцидент</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>What happened, in a line</source>
        <translation>Що сталося, одним рядком</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Title</source>
        <translation>&amp;Назва</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Site</source>
        <translation>&amp;Об&apos;єкт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When</source>
        <translation>&amp;Коли</translation>
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
        <translation>&amp;Зашифрувати справу парольною фразою (рекомендовано)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase</source>
        <translation>Парольна фраза</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase again</source>
        <translation>Парольна фраза ще раз</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Without the passphrase nobody, not even you, can open the file: keep it safe.</source>
        <translation>Без парольної фрази ніхто, навіть ви, не зможе відкрити файл: зберігайте її надійно.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Passphrase</source>
        <translation>Па&amp;рольна фраза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again</source>
        <translation>&amp;Ще раз</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not encrypted: anyone who gets the file can read all of it.</source>
        <translation>Не зашифровано: будь-хто, хто отримає файл, зможе прочитати його повністю.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Use a passphrase of at least %1 characters.</source>
        <translation>Використовуйте парольну фразу щонайменше з %1 символів.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases differ.</source>
        <translation>Парольні фрази не збігаються.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../ui/dialogs/note_dialog.py" line="+23"/>
        <source>Edit note on %1</source>
        <translation>Редагувати нотатку: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add note on %1</source>
        <translation>Додати нотатку: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Note</source>
        <translation>&amp;Нотатка</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add note</source>
        <translation>Додати нотатку</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit note</source>
        <translation>Редагувати нотатку</translation>
    </message>
</context>
<context>
    <name>NoteListModel</name>
    <message>
        <location filename="../../ui/models/note_list_model.py" line="+56"/>
        <source>unknown author</source>
        <translation>автор невідомий</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../ui/notes/notes_panel.py" line="+33"/>
        <source>Add note…</source>
        <translation>Додати нотатку…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Редагувати…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Delete note</source>
        <translation>Видалити нотатку</translation>
    </message>
</context>
<context>
    <name>OpenHeadquartersDialog</name>
    <message>
        <location filename="../../ui/headquarters/open_dialog.py" line="+35"/>
        <location line="+73"/>
        <source>Open headquarters database</source>
        <translation>Відкрити базу даних центрального апарату</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Connection URL</source>
        <translation>URL-адреса підключення</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>empty: PGPASSWORD or your pgpass file</source>
        <translation>порожньо: PGPASSWORD або ваш файл pgpass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database is opened read-only. The password is used for this connection only and never saved.</source>
        <translation>База даних відкривається лише для читання. Пароль використовується лише для цього підключення і ніколи не зберігається.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Connection &amp;URL:</source>
        <translation>URL-адреса &amp;підключення:</translation>
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
        <translation>невідомо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave at “unknown” when the source does not say; 0 means none.</source>
        <translation>Залиште «невідомо», якщо джерело цього не зазначає; 0 означає «жодного».</translation>
    </message>
</context>
<context>
    <name>OptionalMeasure</name>
    <message>
        <location line="+18"/>
        <source>unknown</source>
        <comment>a measure the source does not give</comment>
        <translation>невідомо</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="-185"/>
        <source>Choose a passphrase: several words are easier to remember than symbols.</source>
        <translation>Виберіть парольну фразу: кілька слів запам&apos;ятати легше, ніж символи.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Too short: use at least %1 characters, e.g. four unrelated words.</source>
        <translation>Надто коротка: використайте щонайменше %1 символів, напр., чотири не пов&apos;язані між собою слова.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weak: add another word or two.</source>
        <translation>Слабка: додайте ще одне-два слова.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fair: one more word makes it strong.</source>
        <translation>Прийнятна: ще одне слово зробить її надійною.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong.</source>
        <translation>Надійна.</translation>
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
        <translation>&amp;Огляд…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New case file</source>
        <translation>Нова справа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case files (*%1)</source>
        <translation>Файли справ (*%1)</translation>
    </message>
</context>
<context>
    <name>PhotoGridModel</name>
    <message>
        <location filename="../../ui/models/photo_grid_model.py" line="+27"/>
        <source>Camera preview</source>
        <translation>Попередній перегляд камери</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown: the small picture the camera stored in the file, until the thumbnail is made from the photo itself. It is not part of the evidence.</source>
        <translation>Показано: маленьке зображення, яке камера записала у файл, доки мініатюру не буде зроблено з самого фото. Воно не є частиною доказів.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No preview: %1</source>
        <translation>Немає зображення для перегляду: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The thumbnail and preview are being made; the original is saved.</source>
        <translation>Мініатюра та зображення для перегляду створюються; оригінал збережено.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n попередження</numerusform>
            <numerusform>, %n попередження</numerusform>
            <numerusform>, %n попереджень</numerusform>
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
        <translation>Очікує створення</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Being made…</source>
        <translation>Створюється…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the queue: %1</source>
        <translation>У черзі: %1</translation>
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
        <translation>Імпорт фото</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importing scans</source>
        <translation>Імпорт сканів</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing into %1…</source>
        <translation>Імпорт: %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Import %n photo(s) into %1</source>
        <translation>
            <numerusform>Імпорт %n фото: %1</numerusform>
            <numerusform>Імпорт %n фото: %1</numerusform>
            <numerusform>Імпорт %n фото: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Import %n scan(s) into %1</source>
        <translation>
            <numerusform>Імпорт %n скану: %1</numerusform>
            <numerusform>Імпорт %n сканів: %1</numerusform>
            <numerusform>Імпорт %n сканів: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Photo import</source>
        <translation>Імпорт фото</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <location filename="../../ui/photos/photo_panel.py" line="+68"/>
        <source>Add scans…</source>
        <translation>Додати скани…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import photos…</source>
        <translation>Імпортувати фото…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>View</source>
        <translation>Переглянути</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export original…</source>
        <translation>Експортувати оригінал…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove scan</source>
        <translation>Вилучити скан</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove from incident</source>
        <translation>Вилучити з інциденту</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link to damage…</source>
        <translation>Зв&apos;язати з пошкодженням…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No scans of this letter yet. Drop scans or photos of it here, or use Add scans.</source>
        <translation>Сканів цього листа ще немає. Перетягніть сюди його скани чи фото або скористайтеся командою «Додати скани».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No photos yet. Drop photos or folders here, or use Import photos (Ctrl+I).</source>
        <translation>Фото ще немає. Перетягніть сюди фото чи папки або скористайтеся командою «Імпортувати фото» (Ctrl+I).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Damage shown by the selected photo</source>
        <translation>Пошкодження, які показує вибране фото</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Progress of the thumbnails and previews</source>
        <translation>Хід створення мініатюр і зображень для перегляду</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Import photos into %1</source>
        <translation>Імпорт фото: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import scans into %1</source>
        <translation>Імпорт сканів: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photos (%1);;All files (*)</source>
        <translation>Фото (%1);;Усі файли (*)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Making thumbnails and previews: %1 of %2</source>
        <translation>Створення мініатюр і зображень для перегляду: %1 з %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Export originals into a folder</source>
        <translation>Експортувати оригінали в папку</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Originals exported</source>
        <translation>Оригінали експортовано</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Saved %n original file(s), byte-identical, each with a JSON sidecar, in %1.</source>
        <translation>
            <numerusform>Збережено %n оригінальний файл, побайтово ідентичний, із супровідним файлом JSON, у %1.</numerusform>
            <numerusform>Збережено %n оригінальні файли, побайтово ідентичні, кожен із супровідним файлом JSON, у %1.</numerusform>
            <numerusform>Збережено %n оригінальних файлів, побайтово ідентичних, кожен із супровідним файлом JSON, у %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export</source>
        <translation>Експорт</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Remove %n photo(s) from %1</source>
        <translation>
            <numerusform>Вилучити %n фото: %1</numerusform>
            <numerusform>Вилучити %n фото: %1</numerusform>
            <numerusform>Вилучити %n фото: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Remove %n scan(s) from %1</source>
        <translation>
            <numerusform>Вилучити %n скан: %1</numerusform>
            <numerusform>Вилучити %n скани: %1</numerusform>
            <numerusform>Вилучити %n сканів: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Link to damage</source>
        <translation>Зв&apos;язати з пошкодженням</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This incident has no damage items yet: add one on the Damage tab first.</source>
        <translation>Цей інцидент ще не має записів про пошкодження: спершу додайте запис на вкладці «Пошкодження».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Link photo to damage</source>
        <translation>Зв&apos;язати фото з пошкодженням</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Shows: %1</source>
        <translation>Показує: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows no particular damage item</source>
        <translation>Не пов&apos;язано з конкретним записом про пошкодження</translation>
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
        <translation>Зменшити</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom in</source>
        <translation>Збільшити</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit to window</source>
        <translation>За розміром вікна</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Actual size</source>
        <translation>Фактичний розмір</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual size (Ctrl+1)</source>
        <translation>Фактичний розмір (Ctrl+1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rotate view left</source>
        <translation>Повернути перегляд ліворуч</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rotate view right</source>
        <translation>Повернути перегляд праворуч</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+2"/>
        <source>Caption</source>
        <translation>Підпис</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>What the photo shows</source>
        <translation>Що показує фото</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SHA-256 of the original</source>
        <translation>SHA-256 оригіналу</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <source>Warnings</source>
        <translation>Попередження</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>&amp;Caption</source>
        <translation>&amp;Підпис</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original</source>
        <translation>Оригінал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken</source>
        <translation>Знято</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Місце</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>Імпортовано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Previous</source>
        <translation>Попере&amp;днє</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>&amp;Наступне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export original…</source>
        <translation>&amp;Експортувати оригінал…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the original file, byte for byte, with a JSON sidecar of its hash and metadata</source>
        <translation>Зберегти оригінальний файл побайтово разом із супровідним файлом JSON з його хешем і метаданими</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Photo %1 of %2: %3</source>
        <translation>Фото %1 з %2: %3</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 пікс.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>, %1 m above sea level</source>
        <translation>, %1 м над рівнем моря</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file gives no position.</source>
        <translation>У файлі немає координат.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1; software %2</source>
        <translation>%1; програма %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file does not say.</source>
        <translation>У файлі не зазначено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by %1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No preview could be made: %1</source>
        <translation>Не вдалося створити зображення для перегляду: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the picture could not be decoded</source>
        <translation>зображення не вдалося декодувати</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No preview of this file: %1.</source>
        <translation>Немає зображення для перегляду цього файлу: %1.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Edit photo caption</source>
        <translation>Редагувати підпис фото</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Rotate photo view</source>
        <translation>Повернути перегляд фото</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export the original into a folder</source>
        <translation>Експортувати оригінал у папку</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Original exported</source>
        <translation>Оригінал експортовано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved %1 (byte-identical to the original) and %2.json beside it.</source>
        <translation>Збережено %1 (побайтово ідентичний оригіналу) і поруч %2.json.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export</source>
        <translation>Експорт</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../ui/printing/actions.py" line="+103"/>
        <source>Export PDF (a PDF is not encrypted: anyone who gets it can read it)</source>
        <translation>Експорт PDF (PDF не шифрується: будь-хто, хто його отримає, зможе його прочитати)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export PDF</source>
        <translation>Експорт PDF</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Writing the PDF…</source>
        <translation>Запис PDF…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Print the case summary in %1</source>
        <translation>Друк зведення у справі: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the report in %1</source>
        <translation>Друк звіту: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Printing…</source>
        <translation>Друк…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Drawing the pages…</source>
        <translation>Формування сторінок…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The document could not be made: %1</source>
        <translation>Не вдалося створити документ: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print</source>
        <translation>Друк</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the case file…</source>
        <translation>Читання справи…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Case summary %1</source>
        <translation>Зведення у справі %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident report %1</source>
        <translation>Звіт про інцидент %1</translation>
    </message>
    <message>
        <location filename="../../ui/printing/fonts.py" line="+37"/>
        <source>The font %1 cannot be read: %2</source>
        <translation>Не вдається прочитати шрифт %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Qt refused the font %1.</source>
        <translation>Qt відхилив шрифт %1.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/pdf.py" line="+49"/>
        <source>%1 cannot be written: %2.</source>
        <translation>Не вдається записати %1: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/render.py" line="+62"/>
        <source>The document could not be started: the file or printer refused it.</source>
        <translation>Не вдалося розпочати документ: файл або принтер відмовив.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Page %1 could not be started: the target refused it.</source>
        <translation>Не вдалося розпочати сторінку %1: пристрій виведення відмовив.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../ui/dialogs/profile_dialog.py" line="+18"/>
        <source>Your name and role are written into the audit log with every change you make, and printed as “Prepared by” on case summaries and reports. They are kept in this computer account&apos;s settings, not in any case file. Without them, paper says the preparer was not given.</source>
        <translation>Ваші ім&apos;я та посада записуються в журнал аудиту з кожною вашою зміною і друкуються в рядку «Підготував» у зведеннях і звітах. Вони зберігаються в налаштуваннях цього облікового запису комп&apos;ютера, а не у справі. Без них на папері буде зазначено, що виконавця не вказано.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>as it should appear on paper</source>
        <translation>як має бути на папері</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Administrative officer, Consul</source>
        <translation>напр., адміністративний співробітник, консул</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Ім&apos;я</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role</source>
        <translation>&amp;Посада</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Preferences: your profile</source>
        <translation>Налаштування: ваш профіль</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../ui/background.py" line="+76"/>
        <source>Progress</source>
        <translation>Хід виконання</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%v of %m</source>
        <comment>progress: 3 of 12</comment>
        <translation>%v з %m</translation>
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
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>Закри&amp;ти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without Saving</source>
        <translation>Закрити без збереження</translation>
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
        <translation>Зберегти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Зберегти все</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>Т&amp;ак</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>Так &amp;для всіх</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Ні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>Ні для вс&amp;іх</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Перервати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Повторити</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Ігнорувати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Відхилити</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Довідка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Застосувати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Скинути</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Відновити типово</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <location filename="../../ui/dialogs/site_dialog.py" line="+21"/>
        <source>Edit site</source>
        <translation>Редагувати об&apos;єкт</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+54"/>
        <source>Add site</source>
        <translation>Додати об&apos;єкт</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>e.g. Embassy chancery, Kyiv</source>
        <translation>напр., Канцелярія посольства, Київ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. 50.4619 (north is positive)</source>
        <translation>напр., 50.4619 (північ — додатна)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 30.4826 (east is positive)</source>
        <translation>напр., 30.4826 (схід — додатна)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2022, 2022-04 or 2022-04-15</source>
        <translation>2022, 2022-04 або 2022-04-15</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the coordinates were notified to the other side: as precisely as known.</source>
        <translation>Коли координати було повідомлено іншій стороні: настільки точно, наскільки відомо.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name</source>
        <translation>&amp;Назва</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address</source>
        <translation>&amp;Адреса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Latitude</source>
        <translation>&amp;Широта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;ongitude</source>
        <translation>&amp;Довгота</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Coordinates notified</source>
        <translation>&amp;Координати повідомлено</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Edit site %1</source>
        <translation>Редагувати об&apos;єкт %1</translation>
    </message>
</context>
<context>
    <name>SiteListModel</name>
    <message>
        <location filename="../../ui/models/site_list_model.py" line="+44"/>
        <source>Coordinates notified: %1</source>
        <translation>Координати повідомлено: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n інцидент</numerusform>
            <numerusform>%n інциденти</numerusform>
            <numerusform>%n інцидентів</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All sites</source>
        <translation>Усі об&apos;єкти</translation>
    </message>
</context>
<context>
    <name>SiteNotesDialog</name>
    <message>
        <location filename="../../ui/dialogs/site_notes_dialog.py" line="+17"/>
        <source>Notes on %1</source>
        <translation>Нотатки: %1</translation>
    </message>
</context>
<context>
    <name>SitePanel</name>
    <message>
        <location filename="../../ui/navigator/site_panel.py" line="+33"/>
        <source>Add site…</source>
        <translation>Додати об&apos;єкт…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Редагувати…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes…</source>
        <translation>Нотатки…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sites</source>
        <translation>Об&apos;єкти</translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source> It stays the site of its %n incident(s).</source>
        <translation>
            <numerusform> Він і далі буде об&apos;єктом свого %n інциденту.</numerusform>
            <numerusform> Він і далі буде об&apos;єктом своїх %n інцидентів.</numerusform>
            <numerusform> Він і далі буде об&apos;єктом своїх %n інцидентів.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the site “%1”?%2 You can undo this.</source>
        <translation>Видалити об&apos;єкт «%1»?%2 Це можна скасувати.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete site</source>
        <translation>Видалити об&apos;єкт</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete site %1</source>
        <translation>Видалити об&apos;єкт %1</translation>
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
        <translation>Мова зведення:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Print preview: %1</source>
        <translation>Попередній перегляд: %1</translation>
    </message>
</context>
<context>
    <name>SummaryTab</name>
    <message>
        <location filename="../../ui/printing/language.py" line="-17"/>
        <source>Summary</source>
        <translation>Зведення</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language of the summary:</source>
        <translation>&amp;Мова зведення:</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../ui/background.py" line="+41"/>
        <source>Stopping…</source>
        <translation>Зупинка…</translation>
    </message>
</context>
<context>
    <name>TimeSpanEdit</name>
    <message>
        <location filename="../../ui/widgets/time_span_edit.py" line="+48"/>
        <source>Precision of the time</source>
        <translation>Точність часу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How precisely the source gives the time: never more.</source>
        <translation>Наскільки точно джерело зазначає час: не точніше.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Part of the day</source>
        <translation>Частина дня</translation>
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
        <translation>Частина місяця</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Month</source>
        <translation>Місяць</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Year</source>
        <translation>Рік</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local time</source>
        <translation>Місцевий час</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time in short form</source>
        <translation>Час у короткій формі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or type e.g. 2025-11-14 night</source>
        <translation>або введіть, напр., 2025-11-14 night</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short forms: %1</source>
        <translation>Короткі форми: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time in words</source>
        <translation>Час словами</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>The morning the night ends; it began the evening before.</source>
        <translation>Ранок, коли ніч закінчується; вона почалася напередодні ввечері.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../ui/timeline/decor.py" line="+222"/>
        <source>No incidents match the filter</source>
        <translation>Жоден інцидент не відповідає фільтру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No incidents recorded</source>
        <translation>Інцидентів не зареєстровано</translation>
    </message>
</context>
<context>
    <name>TimelineDock</name>
    <message>
        <location filename="../../ui/window/timeline_dock.py" line="+26"/>
        <source>Timeline</source>
        <translation>Часова шкала</translation>
    </message>
</context>
<context>
    <name>TimelineExport</name>
    <message>
        <location filename="../../ui/timeline/export.py" line="+41"/>
        <source>%1 – %2, times in %3</source>
        <translation>%1 – %2, часовий пояс %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Timeline of incidents</source>
        <translation>Часова шкала інцидентів</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The image %1 could not be written: %2</source>
        <translation>Не вдалося записати зображення %1: %2</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The PDF %1 could not be written.</source>
        <translation>Не вдалося записати PDF %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The PDF %1 could not be finished.</source>
        <translation>Не вдалося завершити PDF %1.</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../ui/timeline/panel.py" line="+29"/>
        <source>Timeline</source>
        <translation>Часова шкала</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom in</source>
        <translation>Збільшити</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom out</source>
        <translation>Зменшити</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit all incidents</source>
        <translation>Умістити всі інциденти</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All</source>
        <translation>Усі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show all incidents</source>
        <translation>Показати всі інциденти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 years</source>
        <translation>5 років</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show 5 years</source>
        <translation>Показати 5 років</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 year</source>
        <translation>1 рік</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show 1 year</source>
        <translation>Показати 1 рік</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 month</source>
        <translation>1 місяць</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show 1 month</source>
        <translation>Показати 1 місяць</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export view as PNG…</source>
        <translation>Експортувати вигляд у PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export view as PDF…</source>
        <translation>Експортувати вигляд у PDF…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export timeline as PNG</source>
        <translation>Експорт часової шкали в PNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG image (*.png)</source>
        <translation>Зображення PNG (*.png)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export timeline as PDF</source>
        <translation>Експорт часової шкали в PDF</translation>
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

Нічого іншого не змінено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export timeline</source>
        <translation>Експорт часової шкали</translation>
    </message>
</context>
<context>
    <name>TimelineTooltips</name>
    <message>
        <location filename="../../ui/timeline/tooltip.py" line="+33"/>
        <source>not assessed</source>
        <translation>не оцінено</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no photos</source>
        <translation>немає фото</translation>
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
        <translation>Коли</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Об&apos;єкт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worst damage</source>
        <translation>Найбільші пошкодження</translation>
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
            <numerusform>&lt;b&gt;%n інцидент&lt;/b&gt;: надто близько, щоб розрізнити; клацніть або збільште масштаб</numerusform>
            <numerusform>&lt;b&gt;%n інциденти&lt;/b&gt;: надто близько, щоб розрізнити; клацніть або збільште масштаб</numerusform>
            <numerusform>&lt;b&gt;%n інцидентів&lt;/b&gt;: надто близько, щоб розрізнити; клацніть або збільште масштаб</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&lt;b&gt;%n incident(s)&lt;/b&gt; recorded as %1</source>
        <translation>
            <numerusform>&lt;b&gt;%n інцидент&lt;/b&gt; зареєстровано як %1</numerusform>
            <numerusform>&lt;b&gt;%n інциденти&lt;/b&gt; зареєстровано як %1</numerusform>
            <numerusform>&lt;b&gt;%n інцидентів&lt;/b&gt; зареєстровано як %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>and %n more</source>
        <translation>
            <numerusform>і ще %n</numerusform>
            <numerusform>і ще %n</numerusform>
            <numerusform>і ще %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../../ui/timeline/widget.py" line="+94"/>
        <source>Timeline of incidents</source>
        <translation>Часова шкала інцидентів</translation>
    </message>
    <message numerus="yes">
        <location line="+376"/>
        <source>%n incident(s) shown; click to expand</source>
        <translation>
            <numerusform>Показано %n інцидент; клацніть, щоб розгорнути</numerusform>
            <numerusform>Показано %n інциденти; клацніть, щоб розгорнути</numerusform>
            <numerusform>Показано %n інцидентів; клацніть, щоб розгорнути</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n incident(s) shown; click to collapse</source>
        <translation>
            <numerusform>Показано %n інцидент; клацніть, щоб згорнути</numerusform>
            <numerusform>Показано %n інциденти; клацніть, щоб згорнути</numerusform>
            <numerusform>Показано %n інцидентів; клацніть, щоб згорнути</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="+82"/>
        <source>Open %1</source>
        <translation>Відкрити %1</translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <location line="-68"/>
        <source>%1 is encrypted. Enter its passphrase:</source>
        <translation>%1 зашифровано. Введіть парольну фразу:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase</source>
        <translation>Парольна фраза</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Розблокувати</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unlocking…</source>
        <translation>Розблоковуємо…</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Wrong passphrase. You can try again in %n s.</source>
        <translation>
            <numerusform>Неправильна парольна фраза. Повторіть спробу через %n с.</numerusform>
            <numerusform>Неправильна парольна фраза. Повторіть спробу через %n с.</numerusform>
            <numerusform>Неправильна парольна фраза. Повторіть спробу через %n с.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wrong passphrase. Try again.</source>
        <translation>Неправильна парольна фраза. Спробуйте ще раз.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../ui/dialogs/verify_dialog.py" line="+67"/>
        <source>Verify %1</source>
        <translation>Перевірка: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking every original, the audit log and every record…</source>
        <translation>Перевірка кожного оригіналу, журналу аудиту та кожного запису…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verification progress</source>
        <translation>Хід перевірки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Findings</source>
        <translation>Результати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The findings appear here.</source>
        <translation>Тут з&apos;являться результати.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save report…</source>
        <translation>&amp;Зберегти звіт…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Verify</source>
        <translation>Перевірити</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The search index was rebuilt from the records.</source>
        <translation>Пошуковий індекс перебудовано із записів.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The check could not run: %1</source>
        <translation>Не вдалося виконати перевірку: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 verification</source>
        <comment>file name</comment>
        <translation>Перевірка %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <location line="+8"/>
        <source>Save the verification report</source>
        <translation>Зберегти звіт про перевірку</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Текстові файли (*.txt);;Усі файли (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 already exists. Replace it with this report?</source>
        <translation>%1 вже існує. Замінити його цим звітом?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>Замінити</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Report saved: %1</source>
        <translation>Звіт збережено: %1</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <location filename="../../ui/window/welcome.py" line="+40"/>
        <source>Record the incidents that damage the mission&apos;s premises, with their photos, notes and correspondence, in one case file that works without the internet.</source>
        <translation>Реєструйте інциденти, унаслідок яких пошкоджено приміщення представництва, разом із фото, нотатками та листуванням, в одній справі, що працює без інтернету.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New case file…</source>
        <translation>Нова справа…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a case file…</source>
        <translation>Відкрити справу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the demo case</source>
        <translation>Відкрити демо-справу</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>Recent case files</source>
        <translation>Останні справи</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None yet: create a case file, open one, or try the demo.</source>
        <translation>Поки що немає: створіть справу, відкрийте наявну або спробуйте демо-справу.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opening</source>
        <comment>a case file is being opened</comment>
        <translation>Відкриття</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../ui/window/workspace.py" line="+51"/>
        <source>Incidents</source>
        <translation>Інциденти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correspondence</source>
        <translation>Листування</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case notes</source>
        <translation>Нотатки у справі</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the case</source>
        <comment>what the case notes are about</comment>
        <translation>справа</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>New incident</source>
        <translation>Новий інцидент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First add the site the incident happened at.</source>
        <translation>Спершу додайте об&apos;єкт, на якому стався інцидент.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete %1 “%2” with its damage, photos and notes? Nothing is erased from the file, and Undo brings it back.</source>
        <translation>Видалити інцидент %1 «%2» разом із пошкодженнями, фото та нотатками? З файлу нічого не стирається, а «Скасувати» поверне все назад.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete incident</source>
        <translation>Видалити інцидент</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete %1</source>
        <translation>Видалити %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import photos</source>
        <translation>Імпорт фото</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the incident the photos belong to first.</source>
        <translation>Спершу виберіть інцидент, до якого належать фото.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add note</source>
        <translation>Додати нотатку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the correspondence item the note is about.</source>
        <translation>Виберіть запис листування, якого стосується нотатка.</translation>
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
