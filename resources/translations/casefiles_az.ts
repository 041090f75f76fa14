<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az_AZ">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ui/window/actions.py" line="+101"/>
        <source>&amp;New case file…</source>
        <translation>&amp;Yeni iş faylı…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create an empty case file</source>
        <translation>Boş iş faylı yarat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open…</source>
        <translation>&amp;Aç…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a case file</source>
        <translation>İş faylını aç</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the &amp;demo case</source>
        <translation>&amp;Demo işi aç</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a copy of the demo</source>
        <translation>Demo işin nüsxəsini aç</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;headquarters database…</source>
        <translation>&amp;Mərkəzi aparatın bazasını aç…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every mission&apos;s incidents from a headquarters PostgreSQL database, read-only</source>
        <translation>Bütün nümayəndəliklərin insidentləri, mərkəzi aparatın PostgreSQL bazasından, yalnız oxumaq üçün</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save a &amp;copy…</source>
        <translation>&amp;Nüsxəsini saxla…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a consistent copy of this case file elsewhere (e.g. a USB stick)</source>
        <translation>Bu iş faylının tam uyğun nüsxəsini başqa yerə yaz (məs., USB daşıyıcıya)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Close</source>
        <translation>&amp;Bağla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close this case file</source>
        <translation>Bu iş faylını bağla</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Çıxış</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the app</source>
        <translation>Proqramı bağla</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo</source>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo the last change</source>
        <translation>Son dəyişikliyi geri al</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Redo</source>
        <translation>&amp;Təkrarla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redo the change undone</source>
        <translation>Geri alınmış dəyişikliyi təkrarla</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find…</source>
        <translation>&amp;Axtar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the incidents</source>
        <translation>İnsidentlərdə axtar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New &amp;incident…</source>
        <translation>Yeni &amp;insident…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a new incident</source>
        <translation>Yeni insidenti qeydə al</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete incident</source>
        <translation>İnsidenti &amp;sil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the incident shown</source>
        <translation>Göstərilən insidenti sil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import photos…</source>
        <translation>&amp;Fotoları idxal et…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import photos into the incident shown</source>
        <translation>Fotoları göstərilən insidentə idxal et</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;note…</source>
        <translation>&amp;Qeyd əlavə et…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a note to the incident shown (or to the case)</source>
        <translation>Göstərilən insidentə (və ya işə) qeyd əlavə et</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New &amp;site…</source>
        <translation>Yeni &amp;obyekt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add premises or another site</source>
        <translation>Bina və ya digər obyekt əlavə et</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New &amp;correspondence…</source>
        <translation>Yeni &amp;yazışma…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a note verbale, summons, meeting, call or statement</source>
        <translation>Verbal nota, çağırılma, görüş, zəng və ya bəyanatı qeydə al</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Mission details…</source>
        <translation>&amp;Nümayəndəlik məlumatları…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mission, its time zone, prefix</source>
        <translation>Nümayəndəlik, onun saat qurşağı, prefiksi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Print the case summary…</source>
        <translation>İş üzrə xülasəni ça&amp;p et…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the summary of the whole case</source>
        <translation>Bütün iş üzrə xülasəni çap et</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print pre&amp;view…</source>
        <translation>Çap önbaxı&amp;şı…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See the case summary page by page before printing</source>
        <translation>Çapdan əvvəl iş üzrə xülasəyə səhifə-səhifə bax</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Case summary as P&amp;DF…</source>
        <translation>İş üzrə xülasə PD&amp;F kimi…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the case summary as a PDF file</source>
        <translation>İş üzrə xülasəni PDF faylı kimi saxla</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Incident report as PD&amp;F…</source>
        <translation>İnsident &amp;hesabatı PDF kimi…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the report of the incident shown as a PDF file</source>
        <translation>Göstərilən insidentin hesabatını PDF faylı kimi saxla</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Verify…</source>
        <translation>Yo&amp;xla…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the case file: every original, the audit log, every record</source>
        <translation>İş faylını yoxla: hər orijinal, audit jurnalı, hər qeyd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export bundle…</source>
        <translation>Paketi &amp;ixrac et…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a bundle to hand over: records, originals, tables, checksums, summary</source>
        <translation>Təhvil vermək üçün paket yaz: qeydlər, orijinallar, cədvəllər, yoxlama cəmləri, xülasə</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imp&amp;ort bundle…</source>
        <translation>Paketi idxa&amp;l et…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a case file from a bundle, or add a bundle&apos;s records to this one</source>
        <translation>Paketdən iş faylı yarat və ya paketin qeydlərini bu işə əlavə et</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Ehtiyat nüsxələr…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The automatic backups of this case file: open one or restore it as a new file</source>
        <translation>Bu iş faylının avtomatik ehtiyat nüsxələri: birini aç və ya yeni fayl kimi bərpa et</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Parametrlər…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your name and role, for the audit log</source>
        <translation>Audit jurnalı üçün adınız və vəzifəniz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Klaviatura qısayolları</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Casefiles</source>
        <translation>Casefiles &amp;haqqında</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print</source>
        <comment>toolbar button</comment>
        <translation>Çap</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <location filename="../../ui/models/backup_table_model.py" line="+31"/>
        <source>Taken</source>
        <translation>Yaradılıb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint</source>
        <translation>Rəqəmsal iz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Ölçü</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Vəziyyət</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(unreadable)</source>
        <translation>(oxunmur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
Fingerprint %2</source>
        <translation>%1
Rəqəmsal iz %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Same as the case file now</source>
        <translation>İş faylının hazırkı vəziyyəti ilə eynidir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can be opened</source>
        <translation>Açıla bilər</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="+47"/>
        <location line="+19"/>
        <source>Automatic backups</source>
        <translation>Avtomatik ehtiyat nüsxələr</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>A backup is taken each time this case file is opened for writing, and the newest are kept in %1. Open one to look at it (read-only), or restore it as a new file: the case file itself is never replaced.</source>
        <translation>Bu iş faylı hər dəfə yazmaq üçün açılanda ehtiyat nüsxə yaradılır və ən yeniləri %1 qovluğunda saxlanılır. Baxmaq üçün birini açın (yalnız oxumaq üçün) və ya yeni fayl kimi bərpa edin: iş faylının özü heç vaxt əvəz edilmir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No automatic backups of this case file yet: one is taken each time it is opened for writing.</source>
        <translation>Bu iş faylının hələ avtomatik ehtiyat nüsxəsi yoxdur: fayl hər dəfə yazmaq üçün açılanda bir nüsxə yaradılır.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Open read-only</source>
        <translation>&amp;Yalnız oxumaq üçün aç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore as a new file…</source>
        <translation>Yeni fayl kimi &amp;bərpa et…</translation>
    </message>
</context>
<context>
    <name>CaseLock</name>
    <message>
        <location filename="../../ui/window/case_lock.py" line="+68"/>
        <source>&amp;Lock</source>
        <translation>&amp;Kilidlə</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the case file and ask for its passphrase again (Ctrl+L)</source>
        <translation>İş faylını bağla və parolu yenidən soruş (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>CaseTools</name>
    <message numerus="yes">
        <location filename="../../ui/window/case_tools.py" line="+40"/>
        <source>%n mission(s)</source>
        <translation>
            <numerusform>%n nümayəndəlik</numerusform>
            <numerusform>%n nümayəndəlik</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n obyekt</numerusform>
            <numerusform>%n obyekt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n insident</numerusform>
            <numerusform>%n insident</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n damage item(s)</source>
        <translation>
            <numerusform>%n ziyan qeydi</numerusform>
            <numerusform>%n ziyan qeydi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n correspondence item(s)</source>
        <translation>
            <numerusform>%n yazışma qeydi</numerusform>
            <numerusform>%n yazışma qeydi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n photo(s) or file(s)</source>
        <translation>
            <numerusform>%n foto və ya fayl</numerusform>
            <numerusform>%n foto və ya fayl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n qeyd</numerusform>
            <numerusform>%n qeyd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n correspondence link(s)</source>
        <translation>
            <numerusform>%n yazışma əlaqəsi</numerusform>
            <numerusform>%n yazışma əlaqəsi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Welcome: who is working?</source>
        <translation>Xoş gəlmisiniz: kim işləyir?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Changes are now recorded as %1</source>
        <translation>Dəyişikliklər indi %1 adından qeydə alınır</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Export bundle</source>
        <translation>Paketin ixracı</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote %1: %2, %3 in all, %4 bytes; checked. Anyone can check it with sha256sum -c SHA256SUMS after unzipping it.</source>
        <translation>%1 yazıldı: %2, cəmi %3, %4 bayt; yoxlanıldı. Arxivi açdıqdan sonra hər kəs onu sha256sum -c SHA256SUMS əmri ilə yoxlaya bilər.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fayl</numerusform>
            <numerusform>%n fayl</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Added to %1: %2.</source>
        <translation>%1 faylına əlavə edildi: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to add: everything in the bundle is already in %1.</source>
        <translation>Əlavə ediləcək heç nə yoxdur: paketdəki hər şey artıq %1 faylındadır.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>Import bundle</source>
        <translation>Paketin idxalı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created %1 from the bundle: %2. Open it now?</source>
        <translation>Paketdən %1 yaradıldı: %2. İndi açılsın?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no records</source>
        <translation>qeyd yoxdur</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+60"/>
        <source>Open it</source>
        <translation>Aç</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+60"/>
        <source>Not now</source>
        <translation>İndi yox</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Restore the backup as a new file</source>
        <translation>Ehtiyat nüsxəni yeni fayl kimi bərpa et</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (backup of %2 UTC)</source>
        <translation>%1 (%2 UTC tarixli ehtiyat nüsxə)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case files (*%1)</source>
        <translation>İş faylları (*%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restoring the backup to %1…</source>
        <translation>Ehtiyat nüsxə %1 faylına bərpa edilir…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+13"/>
        <location line="+4"/>
        <source>Restore backup</source>
        <translation>Ehtiyat nüsxənin bərpası</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Restored the backup as %1 (fingerprint %2…). Open it now?</source>
        <translation>Ehtiyat nüsxə %1 kimi bərpa edildi (rəqəmsal iz %2…). İndi açılsın?</translation>
    </message>
</context>
<context>
    <name>CorrespondenceDialog</name>
    <message>
        <location filename="../../ui/dialogs/correspondence_dialog.py" line="+84"/>
        <source>Edit correspondence</source>
        <translation>Yazışmanı redaktə et</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add correspondence</source>
        <translation>Yazışma əlavə et</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. No. 12/345-2025</source>
        <translation>məs., № 12/345-2025</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>who it was sent to, received from or met</source>
        <translation>kimə göndərilib, kimdən alınıb və ya kimlə görüşülüb</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Kind</source>
        <translation>&amp;Növ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Direction</source>
        <translation>&amp;İstiqamət</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When</source>
        <translation>&amp;Vaxt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reference no.</source>
        <translation>Nö&amp;mrə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ounterpart</source>
        <translation>&amp;Qarşı tərəf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Summary</source>
        <translation>&amp;Xülasə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Incidents</source>
        <translation>İnsi&amp;dentlər</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Add %1</source>
        <translation>Əlavə: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit %1</source>
        <translation>Redaktə: %1</translation>
    </message>
</context>
<context>
    <name>CorrespondencePanel</name>
    <message>
        <location filename="../../ui/correspondence/correspondence_panel.py" line="+67"/>
        <source>Add correspondence…</source>
        <translation>Yazışma əlavə et…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Redaktə et…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Correspondence</source>
        <translation>Yazışma</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Selected correspondence in full</source>
        <translation>Seçilmiş yazışmanın tam mətni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an item to read it in full.</source>
        <translation>Tam oxumaq üçün bir qeyd seçin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scans of the selected correspondence</source>
        <translation>Seçilmiş yazışmanın skanları</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes on the selected correspondence</source>
        <translation>Seçilmiş yazışma üzrə qeydlər</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scans</source>
        <translation>Skanlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Qeydlər</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Delete %1</source>
        <translation>Silinmə: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the %1 of %2</source>
        <comment>the summons of 14 November 2025</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(a deleted incident)</source>
        <translation>(silinmiş insident)</translation>
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
        <translation>Nömrə: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counterpart: %1</source>
        <translation>Qarşı tərəf: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Concerns:</source>
        <translation>Aiddir:</translation>
    </message>
</context>
<context>
    <name>CorrespondenceTableModel</name>
    <message>
        <location filename="../../ui/models/correspondence_table_model.py" line="+33"/>
        <source>When</source>
        <translation>Vaxt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>İstiqamət</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference no.</source>
        <translation>Nömrə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counterpart</source>
        <translation>Qarşı tərəf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Xülasə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents</source>
        <translation>İnsidentlər</translation>
    </message>
</context>
<context>
    <name>DamageDialog</name>
    <message>
        <location filename="../../ui/dialogs/damage_dialog.py" line="+29"/>
        <source>Edit damage</source>
        <translation>Ziyan qeydini redaktə et</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+63"/>
        <source>Add damage</source>
        <translation>Ziyan qeydi əlavə et</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>The incident&apos;s site</source>
        <translation>İnsidentin obyekti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. 12500 or 12500.50</source>
        <translation>məs., 12500 və ya 12500.50</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UAH, AZN, USD, EUR…</source>
        <translation>UAH, AZN, USD, EUR…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>YYYY-MM-DD</source>
        <translation>İİİİ-AA-GG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Element</source>
        <translation>&amp;Element</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Severity</source>
        <translation>&amp;Dərəcə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description</source>
        <translation>&amp;Təsvir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Premises</source>
        <translation>&amp;Obyekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cost estimate</source>
        <translation>Təxmini də&amp;yər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrency</source>
        <translation>&amp;Valyuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated &amp;on</source>
        <translation>&amp;Qiymətləndirmə tarixi</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Edit damage: %1</source>
        <translation>Ziyan qeydinin redaktəsi: %1</translation>
    </message>
</context>
<context>
    <name>DamagePanel</name>
    <message>
        <location filename="../../ui/incident/damage_panel.py" line="+37"/>
        <source>Add damage…</source>
        <translation>Ziyan qeydi əlavə et…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Redaktə et…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Damage items</source>
        <translation>Ziyan qeydləri</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Delete damage: %1</source>
        <translation>Ziyan qeydinin silinməsi: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Edit damage: %1</source>
        <translation>Ziyan qeydinin redaktəsi: %1</translation>
    </message>
</context>
<context>
    <name>DamageTableModel</name>
    <message>
        <location filename="../../ui/models/damage_table_model.py" line="+36"/>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Dərəcə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Təsvir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Premises</source>
        <translation>Obyekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost estimate</source>
        <translation>Təxmini dəyər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated on</source>
        <translation>Qiymətləndirmə tarixi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos</source>
        <translation>Fotolar</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The incident&apos;s site</source>
        <translation>İnsidentin obyekti</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n foto</numerusform>
            <numerusform>%n foto</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DerivationRunner</name>
    <message>
        <location filename="../../ui/photos/derivation_runner.py" line="+65"/>
        <source>Making previews</source>
        <translation>Önbaxışlar hazırlanır</translation>
    </message>
</context>
<context>
    <name>ExportBundleDialog</name>
    <message>
        <location filename="../../ui/dialogs/export_bundle_dialog.py" line="+74"/>
        <location line="+96"/>
        <location line="+69"/>
        <source>Export bundle</source>
        <translation>Paketin ixracı</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Incidents to export</source>
        <translation>İxrac ediləcək insidentlər</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;All</source>
        <translation>&amp;Hamısı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;one</source>
        <translation>Heç &amp;biri</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Incidents:</source>
        <translation>&amp;İnsidentlər:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Leave out location: GPS positions, coordinates, devices</source>
        <translation>&amp;Yer məlumatlarını daxil etmə: GPS mövqeləri, koordinatlar, cihazlar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include the printed &amp;summary (PDF)</source>
        <translation>Çap olunmuş xülasəni &amp;daxil et (PDF)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Encrypt the bundle with AES-256 (7-Zip opens it with the passphrase)</source>
        <translation>Paketi AES-256 ilə &amp;şifrələ (7-Zip onu parolla açır)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bundle file</source>
        <translation>Paket faylı</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 bundle</source>
        <comment>file name</comment>
        <translation>%1 paketi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Seç…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Bundle:</source>
        <translation>&amp;Paket:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export progress</source>
        <translation>İxracın gedişi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Export</source>
        <translation>İ&amp;xrac et</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Bundles (*.zip);;All files (*)</source>
        <translation>Paketlər (*.zip);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 artıq mövcuddur; başqa ad seçin.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Printing the summary for the bundle…</source>
        <translation>Paket üçün xülasə çap olunur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the originals…</source>
        <translation>Orijinallar yazılır…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Writing %1…</source>
        <translation>%1 yazılır…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>İxrac ləğv edildi; heç nə yazılmadı.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Something went wrong inside Casefiles: %1</source>
        <translation>Casefiles daxilində xəta baş verdi: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stopping…</source>
        <translation>Dayandırılır…</translation>
    </message>
</context>
<context>
    <name>FileSize</name>
    <message>
        <location filename="../../ui/language.py" line="+110"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
</context>
<context>
    <name>HeadquartersWindow</name>
    <message>
        <location filename="../../ui/headquarters/hq_window.py" line="+64"/>
        <source>Headquarters — %1 on %2 (read-only)</source>
        <translation>Mərkəzi aparat — %1, %2 (yalnız oxumaq üçün)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mission / site</source>
        <translation>Nümayəndəlik / obyekt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incidents</source>
        <translation>İnsidentlər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missions and their sites</source>
        <translation>Nümayəndəliklər və onların obyektləri</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search every mission (Enter)…</source>
        <translation>Bütün nümayəndəliklərdə axtar (Enter)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>Axtarış</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Headquarters: %1</source>
        <translation>Mərkəzi aparat: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;File</source>
        <translation>&amp;Fayl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headquarters &amp;summary as PDF…</source>
        <translation>Mərkəzi aparat üzrə &amp;xülasə PDF kimi…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A section per mission chosen on the left, one timeline of all</source>
        <translation>Solda seçilmiş hər nümayəndəlik üçün bölmə, hamısı üçün bir zaman xətti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close</source>
        <translation>&amp;Bağla</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All missions</source>
        <translation>Bütün nümayəndəliklər</translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n insident</numerusform>
            <numerusform>%n insident</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n incident(s) found for “%1”</source>
        <translation>
            <numerusform>“%1” üzrə %n insident tapıldı</numerusform>
            <numerusform>“%1” üzrə %n insident tapıldı</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Headquarters summary as PDF</source>
        <translation>Mərkəzi aparat üzrə xülasə PDF kimi</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>Headquarters summary</source>
        <translation>Mərkəzi aparat üzrə xülasə</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 yazıldı (%n səhifə).</numerusform>
            <numerusform>%1 yazıldı (%n səhifə).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HqIncidentModel</name>
    <message>
        <location filename="../../ui/headquarters/incidents.py" line="+81"/>
        <source>Reference</source>
        <translation>İstinad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Başlıq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mission</source>
        <translation>Nümayəndəlik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Obyekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When (local)</source>
        <translation>Vaxt (yerli)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damage</source>
        <translation>Ziyan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos</source>
        <translation>Fotolar</translation>
    </message>
</context>
<context>
    <name>ImportBundleDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_bundle_dialog.py" line="+54"/>
        <location line="+81"/>
        <location line="+75"/>
        <source>Import bundle</source>
        <translation>Paketin idxalı</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Bundle to import</source>
        <translation>İdxal ediləcək paket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Seç…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Into a &amp;new case file:</source>
        <translation>&amp;Yeni iş faylına:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New case file</source>
        <translation>Yeni iş faylı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ch&amp;oose…</source>
        <translation>S&amp;eç…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase of the bundle</source>
        <translation>Paketin parolu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needed only for an encrypted bundle</source>
        <translation>yalnız şifrələnmiş paket üçün lazımdır</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none is open</source>
        <translation>heç biri açıq deyil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merged into the open case file (%1)</source>
        <translation>Açıq iş faylı ilə &amp;birləşdir (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Bundle:</source>
        <translation>&amp;Paket:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Passphrase:</source>
        <translation>Pa&amp;rol:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import progress</source>
        <translation>İdxalın gedişi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle is checked first (every file against SHA256SUMS, the audit log, the records). Records already in the case file are skipped; a record held in another version is a conflict, and then nothing is imported.</source>
        <translation>Əvvəlcə paket yoxlanılır (hər fayl SHA256SUMS-a, audit jurnalına və qeydlərə qarşı). İş faylında artıq olan qeydlər buraxılır; başqa versiyada olan qeyd ziddiyyət sayılır və bu halda heç nə idxal edilmir.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Conflicts</source>
        <translation>Ziddiyyətlər</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import</source>
        <translation>İ&amp;dxal et</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Bundles (*.zip);;All files (*)</source>
        <translation>Paketlər (*.zip);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New case file from the bundle</source>
        <translation>Paketdən yeni iş faylı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case files (*%1)</source>
        <translation>İş faylları (*%1)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 artıq mövcuddur; başqa ad seçin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No automatic backup was made before the import: %1</source>
        <translation>İdxaldan əvvəl avtomatik ehtiyat nüsxə yaradılmadı: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading %1…</source>
        <translation>%1 oxunur…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Checking every file of the bundle…</source>
        <translation>Paketin hər faylı yoxlanılır…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding its photos…</source>
        <translation>Onun fotoları əlavə edilir…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing was imported: the bundle and this case file hold different versions of the same records (%1):</source>
        <translation>Heç nə idxal edilmədi: paket və bu iş faylı eyni qeydlərin müxtəlif versiyalarını saxlayır (%1):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something went wrong inside Casefiles: %1</source>
        <translation>Casefiles daxilində xəta baş verdi: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The import is finishing; it cannot be stopped halfway.</source>
        <translation>İdxal başa çatır; onu yarıda dayandırmaq mümkün deyil.</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_summary_dialog.py" line="+36"/>
        <source>Photo import</source>
        <translation>Fotoların idxalı</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outcome of each file</source>
        <translation>Hər faylın nəticəsi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Nəticə</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why, and warnings</source>
        <translation>Səbəb və xəbərdarlıqlar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported</source>
        <translation>İdxal edildi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already in this incident</source>
        <translation>Artıq bu insidentdədir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Rədd edildi</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%n imported</source>
        <translation>
            <numerusform>%n idxal edildi</numerusform>
            <numerusform>%n idxal edildi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n already in the incident</source>
        <translation>
            <numerusform>%n artıq insidentdədir</numerusform>
            <numerusform>%n artıq insidentdədir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n rədd edildi</numerusform>
            <numerusform>%n rədd edildi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Cancelled: %1 of %n file(s) were not looked at.</source>
        <translation>
            <numerusform>Ləğv edildi: %n fayldan %1 faylına baxılmadı.</numerusform>
            <numerusform>Ləğv edildi: %n fayldan %1 faylına baxılmadı.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentChecklist</name>
    <message>
        <location filename="../../ui/dialogs/correspondence_dialog.py" line="-120"/>
        <source>Find an incident by reference or title</source>
        <translation>İnsidenti istinad və ya başlığa görə tap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find an incident to link</source>
        <translation>Əlaqələndirmək üçün insident tap</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incidents this concerns</source>
        <translation>Aid olduğu insidentlər</translation>
    </message>
</context>
<context>
    <name>IncidentDetailsForm</name>
    <message>
        <location filename="../../ui/incident/details_form.py" line="+45"/>
        <source>Reference</source>
        <translation>İstinad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Başlıq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Obyekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+81"/>
        <source>When</source>
        <translation>Vaxt</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Type</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>Zərbənin xarakteri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distance</source>
        <translation>Məsafə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distance in the source&apos;s words</source>
        <translation>Mənbədəki ifadə ilə məsafə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff killed</source>
        <translation>Həlak olmuş əməkdaşlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff injured</source>
        <translation>Yaralanmış əməkdaşlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Others injured</source>
        <translation>Yaralanmış digər şəxslər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexploded ordnance</source>
        <translation>Partlamamış sursat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordnance depth</source>
        <translation>Sursatın dərinliyi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Təsvir</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>unknown</source>
        <comment>unexploded ordnance</comment>
        <translation>naməlum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes, found</source>
        <comment>unexploded ordnance</comment>
        <translation>bəli, aşkar edilib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <comment>unexploded ordnance</comment>
        <translation>xeyr</translation>
    </message>
    <message>
        <location line="-13"/>
        <source> m</source>
        <comment>metres</comment>
        <translation> m</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in the source&apos;s words</source>
        <translation>mənbədəki ifadə ilə</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The distance as the source gives it, e.g. “about 35 steps”</source>
        <translation>Mənbədə verildiyi kimi məsafə, məs., “təxminən 35 addım”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> m below ground</source>
        <translation> m yerin altında</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Reference</source>
        <translation>İ&amp;stinad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title</source>
        <translation>&amp;Başlıq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Site</source>
        <translation>&amp;Obyekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When</source>
        <translation>&amp;Vaxt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ype</source>
        <translation>&amp;Növ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Impact</source>
        <translation>&amp;Zərbənin xarakteri</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Distance</source>
        <translation>&amp;Məsafə</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Staff &amp;killed</source>
        <translation>&amp;Həlak olmuş əməkdaşlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff i&amp;njured</source>
        <translation>&amp;Yaralanmış əməkdaşlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Others injured</source>
        <translation>Yaralanmış &amp;digər şəxslər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Une&amp;xploded ordnance</source>
        <translation>&amp;Partlamamış sursat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordnance de&amp;pth</source>
        <translation>Sursatın də&amp;rinliyi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat&amp;us</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Descri&amp;ption of what happened</source>
        <translation>Baş verənlərin &amp;təsviri</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>%1 (deleted)</source>
        <translation>%1 (silinib)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Change %1 of %2</source>
        <translation>Dəyişiklik: %1, %2</translation>
    </message>
</context>
<context>
    <name>IncidentList</name>
    <message>
        <location filename="../../ui/navigator/incident_list.py" line="+71"/>
        <source>Search titles, descriptions, damage, notes…</source>
        <translation>Başlıqlarda, təsvirlərdə, ziyanda, qeydlərdə axtar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search incidents</source>
        <translation>İnsidentlərdə axtar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any type</source>
        <translation>İstənilən növ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by type</source>
        <translation>Növə görə süz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any status</source>
        <translation>İstənilən status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by status</source>
        <translation>Statusa görə süz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by year</source>
        <translation>İlə görə süz</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+209"/>
        <source>Any year</source>
        <translation>İstənilən il</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>Where the search found the words</source>
        <translation>Axtarışın sözləri tapdığı yerlər</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Number of incidents shown</source>
        <translation>Göstərilən insidentlərin sayı</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incidents</source>
        <translation>İnsidentlər</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>No incident matches “%1”.</source>
        <translation>“%1” sorğusuna uyğun insident yoxdur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found in %1: %2</source>
        <translation>Tapıldı (%1): %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose an incident to see where “%1” was found.</source>
        <translation>“%1” ifadəsinin harada tapıldığını görmək üçün insident seçin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reference</source>
        <comment>found in</comment>
        <translation>istinad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <comment>found in</comment>
        <translation>başlıq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <comment>found in</comment>
        <translation>təsvir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>damage</source>
        <comment>found in</comment>
        <translation>ziyan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <comment>found in</comment>
        <translation>qeydlər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>correspondence</source>
        <comment>found in</comment>
        <translation>yazışma</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n insident</numerusform>
            <numerusform>%n insident</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n incident(s) shown</source>
        <translation>
            <numerusform>%n insidentdən %1 göstərilir</numerusform>
            <numerusform>%n insidentdən %1 göstərilir</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentPage</name>
    <message>
        <location filename="../../ui/incident/incident_page.py" line="+45"/>
        <source>Incident</source>
        <translation>İnsident</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Details</source>
        <translation>Təfərrüatlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+89"/>
        <source>Damage</source>
        <translation>Ziyan</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+89"/>
        <source>Photos</source>
        <translation>Fotolar</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+89"/>
        <source>Notes</source>
        <translation>Qeydlər</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+89"/>
        <source>Correspondence</source>
        <translation>Yazışma</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Choose an incident in the list to see and edit it here, or add one with New incident (Ctrl+N).</source>
        <translation>Burada baxmaq və redaktə etmək üçün siyahıdan insident seçin və ya “Yeni insident” (Ctrl+N) ilə insident əlavə edin.</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <location filename="../../ui/models/incident_table_model.py" line="+43"/>
        <source>Reference</source>
        <translation>İstinad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When (local time)</source>
        <translation>Vaxt (yerli)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Başlıq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Obyekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>Zərbə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worst damage</source>
        <translation>Ən ağır ziyan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos</source>
        <translation>Fotolar</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <location filename="../../ui/printing/language.py" line="+35"/>
        <source>Language of the summary</source>
        <translation>Xülasənin dili</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../ui/window/language_menu.py" line="+20"/>
        <source>The interface will be in %1 the next time Casefiles starts.</source>
        <translation>İnterfeys dili (%1) Casefiles növbəti dəfə işə salınanda tətbiq olunacaq.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Language</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System language (%1)</source>
        <translation>Sistem dili (%1)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Language</source>
        <translation>Dil</translation>
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
        <translation>Ziyan qeydi ilə əlaqələndir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which damage does %1 show?</source>
        <translation>%1 hansı ziyanı göstərir?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Damage items</source>
        <translation>Ziyan qeydləri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No damage item (the incident as a whole)</source>
        <translation>Ziyan qeydi yoxdur (bütövlükdə insident)</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/window/case_lock.py" line="-22"/>
        <source>The case file is locked</source>
        <translation>İş faylı kilidlənib</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/window/main_window.py" line="+65"/>
        <source>Case files (*%1);;All files (*)</source>
        <translation>İş faylları (*%1);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Timeline of incidents (Ctrl+T)</source>
        <translation>İnsidentlərin zaman xətti (Ctrl+T)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;File</source>
        <translation>&amp;Fayl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;recent</source>
        <translation>S&amp;on açılanlar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redaktə</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Case</source>
        <translation>&amp;İş</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;View</source>
        <translation>&amp;Görünüş</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main</source>
        <comment>the main toolbar</comment>
        <translation>Əsas</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Opening %1…</source>
        <translation>%1 açılır…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening the demo case…</source>
        <translation>Demo iş açılır…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open a case file</source>
        <translation>İş faylını aç</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Creating %1…</source>
        <translation>%1 yaradılır…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Close case file</source>
        <translation>İş faylını bağla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work on this case file is still running (%1). Stop it and close?</source>
        <translation>Bu iş faylı üzərində iş hələ davam edir (%1). Dayandırılsın və bağlansın?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop and close</source>
        <translation>Dayandır və bağla</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 Open it read-only instead, to look without changing it?</source>
        <translation>%1 Bunun əvəzinə onu dəyişdirmədən baxmaq üçün yalnız oxumaq rejimində açılsın?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case file in use</source>
        <translation>İş faylı istifadədədir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open read-only</source>
        <translation>Yalnız oxumaq üçün aç</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+95"/>
        <source>Open case file</source>
        <translation>İş faylını aç</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Warning: %1.</source>
        <translation>Xəbərdarlıq: %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+12"/>
        <source>Unlock your signing key</source>
        <translation>İmza açarınızın kilidini açın</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Your changes are signed with your own key, which you protected with a passphrase. Passphrase:</source>
        <translation>Dəyişiklikləriniz parolla qorunan şəxsi açarınızla imzalanır. Parol:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No automatic backup was made: %1</source>
        <translation>Avtomatik ehtiyat nüsxə yaradılmadı: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save a copy of the case file</source>
        <translation>İş faylının nüsxəsini saxla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (copy)</source>
        <translation>%1 (nüsxə)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saving a copy to %1…</source>
        <translation>Nüsxə %1 ünvanına saxlanılır…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved a copy: %1</source>
        <translation>Nüsxə saxlanıldı: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Save a copy</source>
        <translation>Nüsxəni saxla</translation>
    </message>
    <message>
        <location line="+64"/>
        <source> (read-only: %1)</source>
        <translation> (yalnız oxumaq üçün: %1)</translation>
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
            <numerusform>%n insident</numerusform>
            <numerusform>%n insident</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n obyekt</numerusform>
            <numerusform>%n obyekt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read-only (%1) · %2</source>
        <translation>Yalnız oxumaq üçün (%1) · %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Undo</source>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Geri al — %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Redo</source>
        <translation>&amp;Təkrarla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Təkrarla — %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No recent case files</source>
        <translation>Son açılan iş faylı yoxdur</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Incident report</source>
        <translation>İnsident haqqında hesabat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the incident in the list first.</source>
        <translation>Əvvəlcə siyahıdan insidenti seçin.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Keyboard shortcuts</source>
        <translation>Klaviatura qısayolları</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About Casefiles</source>
        <translation>Casefiles haqqında</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case files of incidents that damage diplomatic premises. Works offline; every change is kept in the case file&apos;s audit log.

%1.</source>
        <translation>Diplomatik binalara ziyan vuran insidentlər üzrə iş faylları. İnternetsiz işləyir; hər dəyişiklik iş faylının audit jurnalında saxlanılır.

%1.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="+43"/>
        <source>Something went wrong inside Casefiles: %1</source>
        <translation>Casefiles daxilində xəta baş verdi: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your case file was not changed by this. Details are in %1.</source>
        <translation>Bu, iş faylınızı dəyişdirmədi. Təfərrüatlar %1 qovluğundadır.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
</context>
<context>
    <name>MissionDialog</name>
    <message>
        <location filename="../../ui/dialogs/mission_dialog.py" line="+16"/>
        <source>Mission details</source>
        <translation>Nümayəndəlik məlumatları</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mission details (read-only)</source>
        <translation>Nümayəndəlik məlumatları (yalnız oxumaq üçün)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Edit mission details</source>
        <translation>Nümayəndəlik məlumatlarının redaktəsi</translation>
    </message>
</context>
<context>
    <name>MissionForm</name>
    <message>
        <location filename="../../ui/dialogs/mission_form.py" line="+26"/>
        <source>&amp;Mission</source>
        <translation>&amp;Nümayəndəlik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sending state</source>
        <translation>&amp;Göndərən dövlət</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host country</source>
        <translation>&amp;Qəbul edən dövlət</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;City</source>
        <translation>&amp;Şəhər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time zone of the premises</source>
        <translation>Obyektlərin &amp;saat qurşağı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lassification</source>
        <translation>&amp;Məxfilik qrifi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reference prefix</source>
        <translation>İstinad &amp;prefiksi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time zone</source>
        <translation>Saat qurşağı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Embassy of … in …</source>
        <translation>məs., … Respublikasının Səfirliyi, …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printed on every page, e.g. RESTRICTED</source>
        <translation>hər səhifədə çap olunur, məs., XİDMƏTİ İSTİFADƏ ÜÇÜN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. KYIV: incidents become KYIV-2025-001</source>
        <translation>məs., KYIV: insidentlər KYIV-2025-001 kimi nömrələnir</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../ui/dialogs/new_case_dialog.py" line="+66"/>
        <source>New case file</source>
        <translation>Yeni iş faylı</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>&amp;Fayl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;ncryption</source>
        <translation>Şif&amp;rələmə</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New case</source>
        <comment>the file name suggested before the mission is named</comment>
        <translation>Yeni iş</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose where to keep the case file.</source>
        <translation>İş faylının saxlanacağı yeri seçin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 artıq mövcuddur; başqa ad seçin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 does not exist.</source>
        <translation>%1 qovluğu mövcud deyil.</translation>
    </message>
</context>
<context>
    <name>NewIncidentDialog</name>
    <message>
        <location filename="../../ui/dialogs/new_incident_dialog.py" line="+27"/>
        <location line="+39"/>
        <source>New incident</source>
        <translation>Yeni insident</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>What happened, in a line</source>
        <translation>Nə baş verdiyi, bir sətirlə</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Title</source>
        <translation>&amp;Başlıq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Site</source>
        <translation>&amp;Obyekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When</source>
        <translation>&amp;Vaxt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ype</source>
        <translation>&amp;Növ</translation>
    </message>
</context>
<context>
    <name>NewPassphrase</name>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="+179"/>
        <source>&amp;Encrypt the case file with a passphrase (recommended)</source>
        <translation>İş faylını parolla şifrə&amp;lə (tövsiyə olunur)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase</source>
        <translation>Parol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase again</source>
        <translation>Parolun təkrarı</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Without the passphrase nobody, not even you, can open the file: keep it safe.</source>
        <translation>Parol olmadan heç kim, hətta siz də, faylı aça bilməz: onu etibarlı yerdə saxlayın.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Passphrase</source>
        <translation>Par&amp;ol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again</source>
        <translation>&amp;Təkrar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not encrypted: anyone who gets the file can read all of it.</source>
        <translation>Şifrələnməyib: faylı əldə edən hər kəs onun bütün məzmununu oxuya bilər.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Use a passphrase of at least %1 characters.</source>
        <translation>Ən azı %1 simvoldan ibarət parol istifadə edin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases differ.</source>
        <translation>İki parol üst-üstə düşmür.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../ui/dialogs/note_dialog.py" line="+23"/>
        <source>Edit note on %1</source>
        <translation>Qeydi redaktə et: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add note on %1</source>
        <translation>Qeyd əlavə et: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Note</source>
        <translation>&amp;Qeyd</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add note</source>
        <translation>Qeyd əlavə et</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit note</source>
        <translation>Qeydi redaktə et</translation>
    </message>
</context>
<context>
    <name>NoteListModel</name>
    <message>
        <location filename="../../ui/models/note_list_model.py" line="+56"/>
        <source>unknown author</source>
        <translation>naməlum müəllif</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../ui/notes/notes_panel.py" line="+33"/>
        <source>Add note…</source>
        <translation>Qeyd əlavə et…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Redaktə et…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes</source>
        <translation>Qeydlər</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Delete note</source>
        <translation>Qeydin silinməsi</translation>
    </message>
</context>
<context>
    <name>OpenHeadquartersDialog</name>
    <message>
        <location filename="../../ui/headquarters/open_dialog.py" line="+35"/>
        <location line="+73"/>
        <source>Open headquarters database</source>
        <translation>Mərkəzi aparatın bazasını aç</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Connection URL</source>
        <translation>Qoşulma URL-i</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>empty: PGPASSWORD or your pgpass file</source>
        <translation>boş: PGPASSWORD və ya pgpass faylınız</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Parol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database is opened read-only. The password is used for this connection only and never saved.</source>
        <translation>Verilənlər bazası yalnız oxumaq üçün açılır. Parol yalnız bu qoşulma üçün istifadə olunur və heç vaxt saxlanılmır.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Connection &amp;URL:</source>
        <translation>Qoşulma &amp;URL-i:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Parol:</translation>
    </message>
</context>
<context>
    <name>OptionalCount</name>
    <message>
        <location filename="../../ui/widgets/optional_number.py" line="+18"/>
        <source>unknown</source>
        <comment>a number the source does not give</comment>
        <translation>naməlum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave at “unknown” when the source does not say; 0 means none.</source>
        <translation>Mənbə göstərmirsə, “naməlum” olaraq saxlayın; 0 heç kim deməkdir.</translation>
    </message>
</context>
<context>
    <name>OptionalMeasure</name>
    <message>
        <location line="+18"/>
        <source>unknown</source>
        <comment>a measure the source does not give</comment>
        <translation>naməlum</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="-185"/>
        <source>Choose a passphrase: several words are easier to remember than symbols.</source>
        <translation>Parol seçin: bir neçə sözü xatırlamaq simvollardan daha asandır.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Too short: use at least %1 characters, e.g. four unrelated words.</source>
        <translation>Çox qısadır: ən azı %1 simvol istifadə edin, məs., bir-biri ilə əlaqəsiz dörd söz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weak: add another word or two.</source>
        <translation>Zəif: daha bir-iki söz əlavə edin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fair: one more word makes it strong.</source>
        <translation>Qənaətbəxş: daha bir söz onu güclü edər.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong.</source>
        <translation>Güclü.</translation>
    </message>
</context>
<context>
    <name>PathPicker</name>
    <message>
        <location filename="../../ui/dialogs/new_case_dialog.py" line="-69"/>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Seç…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New case file</source>
        <translation>Yeni iş faylı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case files (*%1)</source>
        <translation>İş faylları (*%1)</translation>
    </message>
</context>
<context>
    <name>PhotoGridModel</name>
    <message>
        <location filename="../../ui/models/photo_grid_model.py" line="+27"/>
        <source>Camera preview</source>
        <translation>Kamera önbaxışı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown: the small picture the camera stored in the file, until the thumbnail is made from the photo itself. It is not part of the evidence.</source>
        <translation>Göstərilir: kameranın fayla yazdığı kiçik şəkil — miniatür fotonun özündən hazırlanana qədər. Sübutun bir hissəsi deyil.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No preview: %1</source>
        <translation>Önbaxış yoxdur: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The thumbnail and preview are being made; the original is saved.</source>
        <translation>Miniatür və önbaxış hazırlanır; orijinal saxlanılıb.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n xəbərdarlıq</numerusform>
            <numerusform>, %n xəbərdarlıq</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Photo %1%2%3</source>
        <translation>Foto %1%2%3</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Waiting to be made</source>
        <translation>Hazırlanmasını gözləyir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Being made…</source>
        <translation>Hazırlanır…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the queue: %1</source>
        <translation>Növbədə: %1</translation>
    </message>
</context>
<context>
    <name>PhotoGridView</name>
    <message>
        <location filename="../../ui/photos/photo_grid_view.py" line="+44"/>
        <source>Photos</source>
        <translation>Fotolar</translation>
    </message>
</context>
<context>
    <name>PhotoImport</name>
    <message>
        <location filename="../../ui/photos/photo_import.py" line="+60"/>
        <source>Importing photos</source>
        <translation>Fotolar idxal edilir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importing scans</source>
        <translation>Skanlar idxal edilir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing into %1…</source>
        <translation>İdxal edilir: %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Import %n photo(s) into %1</source>
        <translation>
            <numerusform>%n fotonun idxalı: %1</numerusform>
            <numerusform>%n fotonun idxalı: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Import %n scan(s) into %1</source>
        <translation>
            <numerusform>%n skanın idxalı: %1</numerusform>
            <numerusform>%n skanın idxalı: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Photo import</source>
        <translation>Fotoların idxalı</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <location filename="../../ui/photos/photo_panel.py" line="+68"/>
        <source>Add scans…</source>
        <translation>Skan əlavə et…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import photos…</source>
        <translation>Fotoları idxal et…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>View</source>
        <translation>Bax</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export original…</source>
        <translation>Orijinalı ixrac et…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove scan</source>
        <translation>Skanı çıxar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove from incident</source>
        <translation>İnsidentdən çıxar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link to damage…</source>
        <translation>Ziyanla əlaqələndir…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No scans of this letter yet. Drop scans or photos of it here, or use Add scans.</source>
        <translation>Bu məktubun hələ skanı yoxdur. Onun skanlarını və ya fotolarını bura atın, ya da “Skan əlavə et” əmrindən istifadə edin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No photos yet. Drop photos or folders here, or use Import photos (Ctrl+I).</source>
        <translation>Hələ foto yoxdur. Fotoları və ya qovluqları bura atın, ya da “Fotoları idxal et” (Ctrl+I) əmrindən istifadə edin.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Damage shown by the selected photo</source>
        <translation>Seçilmiş fotonun göstərdiyi ziyan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Progress of the thumbnails and previews</source>
        <translation>Miniatür və önbaxışların hazırlanma gedişi</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Import photos into %1</source>
        <translation>Fotoları idxal et: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import scans into %1</source>
        <translation>Skanları idxal et: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photos (%1);;All files (*)</source>
        <translation>Fotolar (%1);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Making thumbnails and previews: %1 of %2</source>
        <translation>Miniatür və önbaxışlar hazırlanır: %1 / %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Export originals into a folder</source>
        <translation>Orijinalları qovluğa ixrac et</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Originals exported</source>
        <translation>Orijinallar ixrac edildi</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Saved %n original file(s), byte-identical, each with a JSON sidecar, in %1.</source>
        <translation>
            <numerusform>%n orijinal fayl bayt-bayt eyni şəkildə, hər biri JSON müşayiət faylı ilə %1 qovluğunda saxlanıldı.</numerusform>
            <numerusform>%n orijinal fayl bayt-bayt eyni şəkildə, hər biri JSON müşayiət faylı ilə %1 qovluğunda saxlanıldı.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export</source>
        <translation>İxrac et</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Remove %n photo(s) from %1</source>
        <translation>
            <numerusform>%n fotonun çıxarılması: %1</numerusform>
            <numerusform>%n fotonun çıxarılması: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Remove %n scan(s) from %1</source>
        <translation>
            <numerusform>%n skanın çıxarılması: %1</numerusform>
            <numerusform>%n skanın çıxarılması: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Link to damage</source>
        <translation>Ziyanla əlaqələndir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This incident has no damage items yet: add one on the Damage tab first.</source>
        <translation>Bu insidentin hələ ziyan qeydi yoxdur: əvvəlcə “Ziyan” vərəqində birini əlavə edin.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Link photo to damage</source>
        <translation>Fotonun ziyanla əlaqələndirilməsi</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Shows: %1</source>
        <translation>Göstərir: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows no particular damage item</source>
        <translation>Konkret ziyan qeydini göstərmir</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../ui/photos/photo_viewer.py" line="+63"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Zoom out</source>
        <translation>Kiçilt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom in</source>
        <translation>Böyüt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit to window</source>
        <translation>Pəncərəyə sığdır</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Actual size</source>
        <translation>Həqiqi ölçü</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual size (Ctrl+1)</source>
        <translation>Həqiqi ölçü (Ctrl+1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rotate view left</source>
        <translation>Görünüşü sola çevir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rotate view right</source>
        <translation>Görünüşü sağa çevir</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+2"/>
        <source>Caption</source>
        <translation>İzahat</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>What the photo shows</source>
        <translation>Fotonun göstərdiyi</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SHA-256 of the original</source>
        <translation>Orijinalın SHA-256 heşi</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <source>Warnings</source>
        <translation>Xəbərdarlıqlar</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>&amp;Caption</source>
        <translation>&amp;İzahat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original</source>
        <translation>Orijinal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken</source>
        <translation>Çəkilib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Yer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>İdxal edilib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Previous</source>
        <translation>&amp;Əvvəlki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>&amp;Növbəti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export original…</source>
        <translation>Orijinalı i&amp;xrac et…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the original file, byte for byte, with a JSON sidecar of its hash and metadata</source>
        <translation>Orijinal faylı bayt-bayt, heşi və metaməlumatları olan JSON müşayiət faylı ilə saxla</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Photo %1 of %2: %3</source>
        <translation>Foto %1 / %2: %3</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>, %1 m above sea level</source>
        <translation>, dəniz səviyyəsindən %1 m yüksəklikdə</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file gives no position.</source>
        <translation>Faylda mövqe göstərilməyib.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1; software %2</source>
        <translation>%1; proqram təminatı %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file does not say.</source>
        <translation>Faylda göstərilməyib.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by %1, %2</source>
        <translation>%1 tərəfindən, %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No preview could be made: %1</source>
        <translation>Önbaxış hazırlana bilmədi: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading…</source>
        <translation>Yüklənir…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the picture could not be decoded</source>
        <translation>təsviri açmaq mümkün olmadı</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No preview of this file: %1.</source>
        <translation>Bu faylın önbaxışı yoxdur: %1.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Edit photo caption</source>
        <translation>Foto izahatının redaktəsi</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Rotate photo view</source>
        <translation>Foto görünüşünün çevrilməsi</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export the original into a folder</source>
        <translation>Orijinalı qovluğa ixrac et</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Original exported</source>
        <translation>Orijinal ixrac edildi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved %1 (byte-identical to the original) and %2.json beside it.</source>
        <translation>%1 (orijinalla bayt-bayt eyni) və yanında %2.json saxlanıldı.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export</source>
        <translation>İxrac et</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../ui/printing/actions.py" line="+103"/>
        <source>Export PDF (a PDF is not encrypted: anyone who gets it can read it)</source>
        <translation>PDF ixracı (PDF şifrələnmir: onu əldə edən hər kəs oxuya bilər)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export PDF</source>
        <translation>PDF ixracı</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Writing the PDF…</source>
        <translation>PDF yazılır…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Print the case summary in %1</source>
        <translation>İş üzrə xülasəni çap et — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the report in %1</source>
        <translation>Hesabatı çap et — %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Printing…</source>
        <translation>Çap olunur…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Drawing the pages…</source>
        <translation>Səhifələr hazırlanır…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The document could not be made: %1</source>
        <translation>Sənəd hazırlana bilmədi: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print</source>
        <translation>Çap et</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the case file…</source>
        <translation>İş faylı oxunur…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Case summary %1</source>
        <translation>İş üzrə xülasə %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident report %1</source>
        <translation>İnsident haqqında hesabat %1</translation>
    </message>
    <message>
        <location filename="../../ui/printing/fonts.py" line="+37"/>
        <source>The font %1 cannot be read: %2</source>
        <translation>%1 şrifti oxuna bilmir: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Qt refused the font %1.</source>
        <translation>Qt %1 şriftini qəbul etmədi.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/pdf.py" line="+49"/>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 yazıla bilmir: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/render.py" line="+62"/>
        <source>The document could not be started: the file or printer refused it.</source>
        <translation>Sənədə başlamaq mümkün olmadı: fayl və ya printer bunu rədd etdi.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Page %1 could not be started: the target refused it.</source>
        <translation>%1 nömrəli səhifəyə başlamaq mümkün olmadı: hədəf bunu rədd etdi.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../ui/dialogs/profile_dialog.py" line="+18"/>
        <source>Your name and role are written into the audit log with every change you make, and printed as “Prepared by” on case summaries and reports. They are kept in this computer account&apos;s settings, not in any case file. Without them, paper says the preparer was not given.</source>
        <translation>Adınız və vəzifəniz etdiyiniz hər dəyişikliklə birlikdə audit jurnalına yazılır, iş üzrə xülasələrdə və hesabatlarda isə “Hazırlayan” kimi çap olunur. Onlar iş faylında deyil, bu kompüter hesabının parametrlərində saxlanılır. Onlar olmadan sənəddə hazırlayanın göstərilmədiyi qeyd olunur.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>as it should appear on paper</source>
        <translation>kağızda görünməli olduğu kimi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Administrative officer, Consul</source>
        <translation>məs., İnzibati əməkdaş, Konsul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Ad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role</source>
        <translation>&amp;Vəzifə</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Preferences: your profile</source>
        <translation>Parametrlər: profiliniz</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../ui/background.py" line="+76"/>
        <source>Progress</source>
        <translation>Gediş</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%v of %m</source>
        <comment>progress: 3 of 12</comment>
        <translation>%v / %m</translation>
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
        <translation>&amp;Yadda saxla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Ləğv et</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Bağla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without Saving</source>
        <translation>Saxlamadan bağla</translation>
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
        <translation>Yadda saxla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Hamısını yadda saxla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Bəli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>Hamısına &amp;bəli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Xeyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>Hamısına x&amp;eyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Dayandır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Yenidən cəhd et</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Nəzərə alma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Saxlama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Kömək</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Tətbiq et</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Sıfırla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Standart dəyərlər</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <location filename="../../ui/dialogs/site_dialog.py" line="+21"/>
        <source>Edit site</source>
        <translation>Obyekti redaktə et</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+54"/>
        <source>Add site</source>
        <translation>Obyekt əlavə et</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>e.g. Embassy chancery, Kyiv</source>
        <translation>məs., Səfirliyin kanselyariyası, Kiyev</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. 50.4619 (north is positive)</source>
        <translation>məs., 50.4619 (şimal müsbətdir)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 30.4826 (east is positive)</source>
        <translation>məs., 30.4826 (şərq müsbətdir)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2022, 2022-04 or 2022-04-15</source>
        <translation>2022, 2022-04 və ya 2022-04-15</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the coordinates were notified to the other side: as precisely as known.</source>
        <translation>Koordinatların qarşı tərəfə bildirildiyi vaxt: məlum olduğu qədər dəqiq.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name</source>
        <translation>&amp;Ad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind</source>
        <translation>&amp;Növ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address</source>
        <translation>&amp;Ünvan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Latitude</source>
        <translation>&amp;Enlik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;ongitude</source>
        <translation>&amp;Uzunluq</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Coordinates notified</source>
        <translation>&amp;Koordinatlar bildirilib</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Edit site %1</source>
        <translation>Obyektin redaktəsi: %1</translation>
    </message>
</context>
<context>
    <name>SiteListModel</name>
    <message>
        <location filename="../../ui/models/site_list_model.py" line="+44"/>
        <source>Coordinates notified: %1</source>
        <translation>Koordinatlar bildirilib: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n insident</numerusform>
            <numerusform>%n insident</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All sites</source>
        <translation>Bütün obyektlər</translation>
    </message>
</context>
<context>
    <name>SiteNotesDialog</name>
    <message>
        <location filename="../../ui/dialogs/site_notes_dialog.py" line="+17"/>
        <source>Notes on %1</source>
        <translation>Qeydlər: %1</translation>
    </message>
</context>
<context>
    <name>SitePanel</name>
    <message>
        <location filename="../../ui/navigator/site_panel.py" line="+33"/>
        <source>Add site…</source>
        <translation>Obyekt əlavə et…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Redaktə et…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes…</source>
        <translation>Qeydlər…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sites</source>
        <translation>Obyektlər</translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source> It stays the site of its %n incident(s).</source>
        <translation>
            <numerusform> O, aid olduğu %n insidentin obyekti olaraq qalır.</numerusform>
            <numerusform> O, aid olduğu %n insidentin obyekti olaraq qalır.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the site “%1”?%2 You can undo this.</source>
        <translation>“%1” obyekti silinsin?%2 Bunu geri ala bilərsiniz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete site</source>
        <translation>Obyekti sil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete site %1</source>
        <translation>Obyektin silinməsi: %1</translation>
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
        <translation>Xülasənin dili:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Print preview: %1</source>
        <translation>Çap önbaxışı: %1</translation>
    </message>
</context>
<context>
    <name>SummaryTab</name>
    <message>
        <location filename="../../ui/printing/language.py" line="-17"/>
        <source>Summary</source>
        <translation>Xülasə</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language of the summary:</source>
        <translation>Xülasənin &amp;dili:</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../ui/background.py" line="+41"/>
        <source>Stopping…</source>
        <translation>Dayandırılır…</translation>
    </message>
</context>
<context>
    <name>TimeSpanEdit</name>
    <message>
        <location filename="../../ui/widgets/time_span_edit.py" line="+48"/>
        <source>Precision of the time</source>
        <translation>Vaxtın dəqiqliyi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How precisely the source gives the time: never more.</source>
        <translation>Mənbənin vaxtı hansı dəqiqliklə verdiyi: heç vaxt ondan artıq deyil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Part of the day</source>
        <translation>Günün hissəsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+178"/>
        <source>of</source>
        <comment>night of 14 Nov 2025</comment>
        <translation>,</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>Part of the month</source>
        <translation>Ayın hissəsi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Month</source>
        <translation>Ay</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Year</source>
        <translation>İl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local time</source>
        <translation>Yerli vaxt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time in short form</source>
        <translation>Vaxtın qısa forması</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or type e.g. 2025-11-14 night</source>
        <translation>və ya yazın, məs., 2025-11-14 night</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short forms: %1</source>
        <translation>Qısa formalar: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time in words</source>
        <translation>Vaxt sözlərlə</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>The morning the night ends; it began the evening before.</source>
        <translation>Gecənin bitdiyi səhər; gecə əvvəlki axşam başlayıb.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../ui/timeline/decor.py" line="+222"/>
        <source>No incidents match the filter</source>
        <translation>Filtrə uyğun insident yoxdur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No incidents recorded</source>
        <translation>Qeydə alınmış insident yoxdur</translation>
    </message>
</context>
<context>
    <name>TimelineDock</name>
    <message>
        <location filename="../../ui/window/timeline_dock.py" line="+26"/>
        <source>Timeline</source>
        <translation>Zaman xətti</translation>
    </message>
</context>
<context>
    <name>TimelineExport</name>
    <message>
        <location filename="../../ui/timeline/export.py" line="+41"/>
        <source>%1 – %2, times in %3</source>
        <translation>%1 – %2, vaxt: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Timeline of incidents</source>
        <translation>İnsidentlərin zaman xətti</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The image %1 could not be written: %2</source>
        <translation>%1 təsviri yazıla bilmədi: %2</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The PDF %1 could not be written.</source>
        <translation>%1 PDF faylı yazıla bilmədi.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The PDF %1 could not be finished.</source>
        <translation>%1 PDF faylı tamamlana bilmədi.</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../ui/timeline/panel.py" line="+29"/>
        <source>Timeline</source>
        <translation>Zaman xətti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom in</source>
        <translation>Böyüt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom out</source>
        <translation>Kiçilt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit all incidents</source>
        <translation>Bütün insidentləri sığdır</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All</source>
        <translation>Hamısı</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show all incidents</source>
        <translation>Bütün insidentləri göstər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 years</source>
        <translation>5 il</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show 5 years</source>
        <translation>5 ili göstər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 year</source>
        <translation>1 il</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show 1 year</source>
        <translation>1 ili göstər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 month</source>
        <translation>1 ay</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show 1 month</source>
        <translation>1 ayı göstər</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export view as PNG…</source>
        <translation>Görünüşü PNG kimi ixrac et…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export view as PDF…</source>
        <translation>Görünüşü PDF kimi ixrac et…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export timeline as PNG</source>
        <translation>Zaman xəttini PNG kimi ixrac et</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG image (*.png)</source>
        <translation>PNG təsviri (*.png)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export timeline as PDF</source>
        <translation>Zaman xəttini PDF kimi ixrac et</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF sənədi (*.pdf)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1

Nothing else was changed.</source>
        <translation>%1

Başqa heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export timeline</source>
        <translation>Zaman xəttinin ixracı</translation>
    </message>
</context>
<context>
    <name>TimelineTooltips</name>
    <message>
        <location filename="../../ui/timeline/tooltip.py" line="+33"/>
        <source>not assessed</source>
        <translation>qiymətləndirilməyib</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no photos</source>
        <translation>foto yoxdur</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n foto</numerusform>
            <numerusform>%n foto</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When</source>
        <translation>Vaxt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Obyekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worst damage</source>
        <translation>Ən ağır ziyan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos</source>
        <translation>Fotolar</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>&lt;b&gt;%n incident(s)&lt;/b&gt; too close to tell apart: click or zoom in</source>
        <translation>
            <numerusform>&lt;b&gt;%n insident&lt;/b&gt; bir-birindən ayırd edilə bilməyəcək qədər yaxındır: klikləyin və ya böyüdün</numerusform>
            <numerusform>&lt;b&gt;%n insident&lt;/b&gt; bir-birindən ayırd edilə bilməyəcək qədər yaxındır: klikləyin və ya böyüdün</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&lt;b&gt;%n incident(s)&lt;/b&gt; recorded as %1</source>
        <translation>
            <numerusform>&lt;b&gt;%n insident&lt;/b&gt; %1 kimi qeydə alınıb</numerusform>
            <numerusform>&lt;b&gt;%n insident&lt;/b&gt; %1 kimi qeydə alınıb</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>and %n more</source>
        <translation>
            <numerusform>və daha %n</numerusform>
            <numerusform>və daha %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../../ui/timeline/widget.py" line="+94"/>
        <source>Timeline of incidents</source>
        <translation>İnsidentlərin zaman xətti</translation>
    </message>
    <message numerus="yes">
        <location line="+376"/>
        <source>%n incident(s) shown; click to expand</source>
        <translation>
            <numerusform>%n insident göstərilir; açmaq üçün klikləyin</numerusform>
            <numerusform>%n insident göstərilir; açmaq üçün klikləyin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n incident(s) shown; click to collapse</source>
        <translation>
            <numerusform>%n insident göstərilir; yığmaq üçün klikləyin</numerusform>
            <numerusform>%n insident göstərilir; yığmaq üçün klikləyin</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="+82"/>
        <source>Open %1</source>
        <translation>Aç: %1</translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <location line="-68"/>
        <source>%1 is encrypted. Enter its passphrase:</source>
        <translation>%1 şifrələnib. Parolu daxil edin:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase</source>
        <translation>Parol</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Kilidi aç</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unlocking…</source>
        <translation>Kilid açılır…</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Wrong passphrase. You can try again in %n s.</source>
        <translation>
            <numerusform>Parol yanlışdır. %n san. sonra yenidən cəhd edə bilərsiniz.</numerusform>
            <numerusform>Parol yanlışdır. %n san. sonra yenidən cəhd edə bilərsiniz.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wrong passphrase. Try again.</source>
        <translation>Parol yanlışdır. Yenidən cəhd edin.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../ui/dialogs/verify_dialog.py" line="+67"/>
        <source>Verify %1</source>
        <translation>Yoxlama: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking every original, the audit log and every record…</source>
        <translation>Hər orijinal, audit jurnalı və hər qeyd yoxlanılır…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verification progress</source>
        <translation>Yoxlamanın gedişi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Findings</source>
        <translation>Nəticələr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The findings appear here.</source>
        <translation>Nəticələr burada görünəcək.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save report…</source>
        <translation>Hesabatı &amp;saxla…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Verify</source>
        <translation>Yoxla</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The search index was rebuilt from the records.</source>
        <translation>Axtarış indeksi qeydlər əsasında yenidən quruldu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The check could not run: %1</source>
        <translation>Yoxlama aparıla bilmədi: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 verification</source>
        <comment>file name</comment>
        <translation>%1 yoxlaması</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <location line="+8"/>
        <source>Save the verification report</source>
        <translation>Yoxlama hesabatını saxla</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Mətn faylları (*.txt);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 already exists. Replace it with this report?</source>
        <translation>%1 artıq mövcuddur. Bu hesabatla əvəz edilsin?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>Əvəz et</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Report saved: %1</source>
        <translation>Hesabat saxlanıldı: %1</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <location filename="../../ui/window/welcome.py" line="+40"/>
        <source>Record the incidents that damage the mission&apos;s premises, with their photos, notes and correspondence, in one case file that works without the internet.</source>
        <translation>Nümayəndəliyin binalarına ziyan vuran insidentləri fotoları, qeydləri və yazışmaları ilə birlikdə internetsiz işləyən vahid iş faylında qeydə alın.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New case file…</source>
        <translation>Yeni iş faylı…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a case file…</source>
        <translation>İş faylını aç…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the demo case</source>
        <translation>Demo işi aç</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>Recent case files</source>
        <translation>Son iş faylları</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None yet: create a case file, open one, or try the demo.</source>
        <translation>Hələ yoxdur: iş faylı yaradın, mövcud faylı açın və ya demonu sınayın.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opening</source>
        <comment>a case file is being opened</comment>
        <translation>Açılır</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../ui/window/workspace.py" line="+51"/>
        <source>Incidents</source>
        <translation>İnsidentlər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correspondence</source>
        <translation>Yazışma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case notes</source>
        <translation>İş üzrə qeydlər</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the case</source>
        <comment>what the case notes are about</comment>
        <translation>iş</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>New incident</source>
        <translation>Yeni insident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First add the site the incident happened at.</source>
        <translation>Əvvəlcə insidentin baş verdiyi obyekti əlavə edin.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete %1 “%2” with its damage, photos and notes? Nothing is erased from the file, and Undo brings it back.</source>
        <translation>%1 “%2” ziyanı, fotoları və qeydləri ilə birlikdə silinsin? Fayldan heç nə pozulmur və “Geri al” onu bərpa edir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete incident</source>
        <translation>İnsidenti sil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete %1</source>
        <translation>Silinmə: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import photos</source>
        <translation>Fotoların idxalı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the incident the photos belong to first.</source>
        <translation>Əvvəlcə fotoların aid olduğu insidenti seçin.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add note</source>
        <translation>Qeyd əlavə et</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the correspondence item the note is about.</source>
        <translation>Qeydin aid olduğu yazışmanı seçin.</translation>
    </message>
</context>
<context>
    <name>ZoomView</name>
    <message>
        <location filename="../../ui/photos/zoom_view.py" line="+26"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
</context>
</TS>
