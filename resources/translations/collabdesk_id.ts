<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>Ageing</name>
    <message>
        <source>Open amounts per brand (receivable) or creator (payable) by how late they are: current, 1-30, 31-60, 61-90 and 90+ days.</source>
        <translation>Jumlah terutang per brand (piutang) atau kreator (utang) menurut lama keterlambatannya: lancar, 1-30, 31-60, 61-90, dan 90+ hari.</translation>
    </message>
    <message>
        <source>Age as of DATE (default today).</source>
        <translation>Hitung umur per tanggal DATE (bawaan: hari ini).</translation>
    </message>
    <message>
        <source>Print the JSON array of formats.md.</source>
        <translation>Cetak array JSON sesuai formats.md.</translation>
    </message>
    <message>
        <source>Nothing open is due or overdue as of %1.</source>
        <translation>Per %1, tidak ada jumlah terutang yang jatuh tempo atau lewat jatuh tempo.</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>arah</translation>
    </message>
    <message>
        <source>party</source>
        <translation>pihak</translation>
    </message>
    <message>
        <source>current</source>
        <translation>lancar</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>%1 is not a file: choose the screenshot or scan to keep</source>
        <translation>%1 bukan file: pilih tangkapan layar atau hasil pindaian yang ingin disimpan</translation>
    </message>
    <message>
        <source>%1 is %2 MiB; files kept in the workspace may be at most %3 MiB: attach a smaller screenshot or a compressed scan</source>
        <translation>%1 berukuran %2 MiB; file yang disimpan di ruang kerja maksimal %3 MiB: lampirkan tangkapan layar yang lebih kecil atau pindaian yang sudah dikompresi</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty: choose the screenshot or scan to keep</source>
        <translation>%1 kosong: pilih tangkapan layar atau hasil pindaian yang ingin disimpan</translation>
    </message>
    <message>
        <source>the record the file belongs to no longer exists</source>
        <translation>data pemilik file ini sudah tidak ada</translation>
    </message>
    <message>
        <source>the file is no longer in the workspace</source>
        <translation>file ini sudah tidak ada di ruang kerja</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2 (is the disk full?)</source>
        <translation>tidak dapat menulis %1: %2 (apakah disk penuh?)</translation>
    </message>
    <message>
        <source>cannot make the private folder %1 to open the file from</source>
        <translation>tidak dapat membuat folder pribadi %1 untuk membuka file</translation>
    </message>
</context>
<context>
    <name>Authenticity</name>
    <message>
        <source>%1 post %2 has %3 likes but only %4 comments and shares (%5 of its likes, under %6): likes can be bought, comments and shares take effort</source>
        <translation>Postingan %1 %2 mendapat %3 suka, tetapi hanya %4 komentar dan dibagikan (%5 dari jumlah suka, di bawah %6): suka bisa dibeli, sedangkan berkomentar dan membagikan butuh usaha</translation>
    </message>
    <message numerus="yes">
        <source>%1 followers up %2 in %n day(s) (%3 on %4, %5 on %6; more than %7 within %8 days): a sudden jump can mean bought followers</source>
        <translation>
            <numerusform>Pengikut %1 naik %2 dalam %Ln hari (%3 pada %4, %5 pada %6; lebih dari %7 dalam %8 hari): lonjakan mendadak bisa berarti pengikutnya dibeli</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 engagement of %2 over the last 90 days is more than %3× the median of %4 among %5 %6 creators on %1 in this workspace</source>
        <translation>Engagement %1 sebesar %2 dalam 90 hari terakhir lebih dari %3× median %4 di antara %5 kreator %6 di %1 dalam ruang kerja ini</translation>
    </message>
    <message>
        <source>%1 engagement of %2 over the last 90 days is under 1/%3 of the median of %4 among %5 %6 creators on %1 in this workspace</source>
        <translation>Engagement %1 sebesar %2 dalam 90 hari terakhir kurang dari 1/%3 median %4 di antara %5 kreator %6 di %1 dalam ruang kerja ini</translation>
    </message>
    <message>
        <source>%1: no engagement rate to compare yet</source>
        <translation>%1: belum ada engagement rate untuk dibandingkan</translation>
    </message>
    <message>
        <source>%1: %2, no baseline for %1 (set one in Settings)</source>
        <translation>%1: %2, belum ada rentang acuan untuk %1 (atur di Pengaturan)</translation>
    </message>
    <message>
        <source>%1: %2 is below the %3 baseline</source>
        <translation>%1: %2 di bawah rentang acuan %3</translation>
    </message>
    <message>
        <source>%1: %2 is above the %3 baseline</source>
        <translation>%1: %2 di atas rentang acuan %3</translation>
    </message>
    <message>
        <source>%1: %2 is within the %3 baseline</source>
        <translation>%1: %2 masih dalam rentang acuan %3</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>%1 is not a CollabDesk workspace or backup</source>
        <translation>%1 bukan ruang kerja atau cadangan CollabDesk</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 rusak: %2</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or add --force to replace it</source>
        <translation>%1 sudah ada; pilih nama lain atau tambahkan --force untuk menggantinya</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name for the backup</source>
        <translation>%1 adalah folder; beri nama file untuk cadangannya</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>folder %1 tidak ada</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>tidak dapat membuat %1: %2</translation>
    </message>
    <message>
        <source>writing the backup %1 failed: %2 (is the disk full?)</source>
        <translation>gagal menulis cadangan %1: %2 (apakah disk penuh?)</translation>
    </message>
    <message>
        <source>the backup could not be verified, so %1 was not written: %2</source>
        <translation>cadangan tidak dapat diverifikasi, jadi %1 tidak ditulis: %2</translation>
    </message>
    <message>
        <source>cannot rename the backup into place at %1: %2</source>
        <translation>tidak dapat memindahkan cadangan ke tempatnya di %1: %2</translation>
    </message>
    <message>
        <source>the backup and the workspace are the same file</source>
        <translation>cadangan dan ruang kerja adalah file yang sama</translation>
    </message>
    <message>
        <source>the backup cannot be restored: %1</source>
        <translation>cadangan tidak dapat dipulihkan: %1</translation>
    </message>
    <message>
        <source>%1 is open in %2; close it there first</source>
        <translation>%1 sedang dibuka di %2; tutup dulu di sana</translation>
    </message>
    <message>
        <source>restoring failed, the workspace was not replaced: %1</source>
        <translation>pemulihan gagal, ruang kerja tidak diganti: %1</translation>
    </message>
    <message>
        <source>Write a consistent copy of the workspace to OUT, even while CollabDesk has it open.</source>
        <translation>Tulis salinan ruang kerja yang konsisten ke OUT, bahkan saat ruang kerja sedang dibuka di CollabDesk.</translation>
    </message>
    <message>
        <source>Replace OUT if it exists.</source>
        <translation>Ganti OUT jika sudah ada.</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3 bytes, checked).</source>
        <translation>%1 dicadangkan ke %2 (%3 byte, sudah diperiksa).</translation>
    </message>
    <message>
        <source>writing the backup %1 failed: it could not be flushed to the disk</source>
        <translation>gagal menulis cadangan %1: datanya tidak dapat disimpan ke disk</translation>
    </message>
    <message>
        <source>another program is reading %1; try again when it has finished</source>
        <translation>program lain sedang membaca %1; coba lagi setelah selesai</translation>
    </message>
    <message>
        <source>cannot keep the current workspace as %1</source>
        <translation>tidak dapat menyimpan ruang kerja saat ini sebagai %1</translation>
    </message>
    <message>
        <source>cannot keep the current workspace&apos;s log beside %1: %2</source>
        <translation>tidak dapat menyimpan log ruang kerja saat ini di samping %1: %2</translation>
    </message>
    <message>
        <source>cannot lock %1 for restoring: %2</source>
        <translation>tidak dapat mengunci %1 untuk dipulihkan: %2</translation>
    </message>
    <message>
        <source>%1; nothing was changed</source>
        <translation>%1; tidak ada yang diubah</translation>
    </message>
    <message>
        <source>cannot move the restored copy into place at %1: %2</source>
        <translation>tidak dapat memindahkan salinan yang dipulihkan ke %1: %2</translation>
    </message>
</context>
<context>
    <name>BrandService</name>
    <message>
        <source>brand name</source>
        <translation>nama brand</translation>
    </message>
    <message>
        <source>category</source>
        <translation>kategori</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>catatan</translation>
    </message>
    <message>
        <source>competitor name</source>
        <translation>nama pesaing</translation>
    </message>
    <message>
        <source>%1 cannot be its own competitor</source>
        <translation>%1 tidak bisa menjadi pesaingnya sendiri</translation>
    </message>
    <message>
        <source>at most 100 competitors can be listed</source>
        <translation>pesaing yang dicantumkan maksimal 100</translation>
    </message>
    <message>
        <source>a brand named &apos;%1&apos; already exists; brand names must be unique (ignoring case and spaces)</source>
        <translation>brand bernama &apos;%1&apos; sudah ada; nama brand harus unik (huruf besar/kecil dan spasi tidak dibedakan)</translation>
    </message>
    <message>
        <source>the brand no longer exists</source>
        <translation>brand sudah tidak ada</translation>
    </message>
    <message numerus="yes">
        <source>the brand has %n campaign(s); delete or move them first</source>
        <translation>
            <numerusform>brand ini punya %Ln kampanye; hapus atau pindahkan dulu kampanyenya</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Brief</name>
    <message>
        <source>Write a campaign&apos;s one-page brief for creators as a PDF.</source>
        <translation>Buat brief satu halaman untuk kreator dari sebuah kampanye dalam bentuk PDF.</translation>
    </message>
    <message>
        <source>The campaign, by name.</source>
        <translation>Kampanye, berdasarkan nama.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>File PDF yang akan ditulis.</translation>
    </message>
    <message>
        <source>The brief&apos;s language: en or id (default the app&apos;s language, from the system&apos;s).</source>
        <translation>Bahasa brief: en atau id (bawaan: bahasa aplikasi, mengikuti sistem).</translation>
    </message>
    <message>
        <source>name the campaign with --campaign NAME</source>
        <translation>sebutkan kampanyenya dengan --campaign NAME</translation>
    </message>
    <message>
        <source>name the file to write with --pdf OUT.pdf</source>
        <translation>sebutkan file yang akan ditulis dengan --pdf OUT.pdf</translation>
    </message>
    <message>
        <source>there is no campaign named &apos;%1&apos;; `collabdesk-cli list campaigns` shows them</source>
        <translation>tidak ada kampanye bernama &apos;%1&apos;; `collabdesk-cli list campaigns` menampilkan daftarnya</translation>
    </message>
    <message>
        <source>Wrote the brief of %1 to %2.</source>
        <translation>Brief %1 ditulis ke %2.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Write due dates, posting days, payments and follow-ups as a calendar file (.ics) to subscribe to.</source>
        <translation>Tulis tanggal jatuh tempo, hari posting, pembayaran, dan tindak lanjut ke file kalender (.ics) yang bisa dilanggan.</translation>
    </message>
    <message>
        <source>The calendar file to write.</source>
        <translation>File kalender yang akan ditulis.</translation>
    </message>
    <message>
        <source>Only the creators of this manager.</source>
        <translation>Hanya kreator yang ditangani manajer ini.</translation>
    </message>
    <message>
        <source>name the file to write with --out FILE.ics</source>
        <translation>sebutkan file yang akan ditulis dengan --out FILE.ics</translation>
    </message>
    <message>
        <source>%1 uses schema v%2: update it once (collabdesk-cli init, or open it in CollabDesk) so its calendar keeps the same event ids from one export to the next</source>
        <translation>%1 memakai skema v%2: perbarui sekali saja (collabdesk-cli init, atau buka di CollabDesk) agar kalendernya tetap memakai ID acara yang sama dari satu ekspor ke ekspor berikutnya</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to %1.</source>
        <translation>
            <numerusform>%Ln acara ditulis ke %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarFeed</name>
    <message>
        <source>Due: %1 — %2 (%3)</source>
        <translation>Tenggat: %1 — %2 (%3)</translation>
    </message>
    <message>
        <source>“%1” by %2 for %3, campaign %4.
Status: %5.</source>
        <translation>“%1” oleh %2 untuk %3, kampanye %4.
Status: %5.</translation>
    </message>
    <message>
        <source>Posted: %1 — %2 (%3)</source>
        <translation>Diposting: %1 — %2 (%3)</translation>
    </message>
    <message>
        <source>“%1” by %2 for %3, campaign %4.</source>
        <translation>“%1” oleh %2 untuk %3, kampanye %4.</translation>
    </message>
    <message>
        <source>%1 owes %2</source>
        <translation>%1 harus membayar %2</translation>
    </message>
    <message>
        <source>Pay %1 %2</source>
        <translation>Bayar %1 %2</translation>
    </message>
    <message>
        <source>%1 from %2 for %3 by %4.</source>
        <translation>%1 dari %2 untuk %3 oleh %4.</translation>
    </message>
    <message>
        <source>%1 to %2 for %3 (%4).</source>
        <translation>%1 kepada %2 untuk %3 (%4).</translation>
    </message>
    <message>
        <source>Gross %1, withheld %2 (%3), net %4.</source>
        <translation>Bruto %1, dipotong %2 (%3), neto %4.</translation>
    </message>
    <message>
        <source>Invoice %1.</source>
        <translation>Tagihan %1.</translation>
    </message>
    <message>
        <source>Waits for %1&apos;s payment first.</source>
        <translation>Menunggu pembayaran dari %1 lebih dulu.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>Follow up: %1 — %2</source>
        <translation>Tindak lanjut: %1 — %2</translation>
    </message>
    <message>
        <source>About the %1 %2.</source>
        <translation>Tentang %1 %2.</translation>
    </message>
    <message>
        <source>Manager: %1.</source>
        <translation>Manajer: %1.</translation>
    </message>
    <message>
        <source>this workspace has no id for its calendar yet: open it for writing once (in CollabDesk or with collabdesk-cli init) to update it</source>
        <translation>ruang kerja ini belum punya ID untuk kalendernya: buka sekali dalam mode tulis (di CollabDesk atau dengan collabdesk-cli init) untuk memperbaruinya</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>writing %1 failed, the file was not changed: %2 (is the disk full?)</source>
        <translation>gagal menulis %1, file tidak diubah: %2 (apakah disk penuh?)</translation>
    </message>
</context>
<context>
    <name>CampaignCharts</name>
    <message>
        <source>Posts</source>
        <translation>Postingan</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Tayangan</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>ER</translation>
    </message>
    <message>
        <source>New followers</source>
        <translation>Pengikut baru</translation>
    </message>
    <message>
        <source>Link clicks</source>
        <translation>Klik tautan</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Pendapatan</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Followers of each creator on the campaign&apos;s platforms</source>
        <translation>Pengikut tiap kreator di platform kampanye</translation>
    </message>
    <message>
        <source>Change in each creator&apos;s followers since the campaign began</source>
        <translation>Perubahan pengikut tiap kreator sejak kampanye dimulai</translation>
    </message>
    <message>
        <source>%1 has no KPI targets set: add them in the campaign&apos;s editor</source>
        <translation>%1 belum punya target KPI: tambahkan di editor kampanye</translation>
    </message>
    <message>
        <source>Progress against targets, as of %1</source>
        <translation>Capaian terhadap target, per %1</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Tercapai</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Disepakati</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Anggaran</translation>
    </message>
    <message>
        <source>Budget in %1, as of %2</source>
        <translation>Anggaran dalam %1, per %2</translation>
    </message>
    <message>
        <source>unknown chart kind &apos;%1&apos;: use one of %2</source>
        <translation>jenis grafik &apos;%1&apos; tidak dikenal: gunakan salah satu dari %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>No numbers before the campaign starts on %1</source>
        <translation>Belum ada angka sebelum kampanye dimulai pada %1</translation>
    </message>
    <message>
        <source>No follower counts on the campaign&apos;s platforms: %1</source>
        <translation>Tanpa data pengikut di platform kampanye: %1</translation>
    </message>
</context>
<context>
    <name>CampaignImporter</name>
    <message>
        <source>unknown currency &apos;%1&apos;: use an ISO 4217 code such as IDR or USD</source>
        <translation>mata uang &apos;%1&apos; tidak dikenal: gunakan kode ISO 4217 seperti IDR atau USD</translation>
    </message>
</context>
<context>
    <name>CampaignKpis</name>
    <message>
        <source>there is no campaign named &apos;%1&apos;; `collabdesk-cli list campaigns` shows them</source>
        <translation>tidak ada kampanye bernama &apos;%1&apos;; `collabdesk-cli list campaigns` menampilkan daftarnya</translation>
    </message>
</context>
<context>
    <name>CampaignService</name>
    <message>
        <source>an empty %1 was given</source>
        <translation>ada %1 yang kosong</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a %2: one word, e.g. %3TehSegar</source>
        <translation>&apos;%1&apos; bukan %2 yang valid: harus satu kata, mis. %3TehSegar</translation>
    </message>
    <message>
        <source>the campaign no longer exists</source>
        <translation>kampanye sudah tidak ada</translation>
    </message>
    <message>
        <source>campaign name</source>
        <translation>nama kampanye</translation>
    </message>
    <message>
        <source>a start date is required</source>
        <translation>tanggal mulai wajib diisi</translation>
    </message>
    <message>
        <source>the end date %1 is before the start date %2</source>
        <translation>tanggal selesai %1 lebih awal dari tanggal mulai %2</translation>
    </message>
    <message>
        <source>the posting window ends (%1) before it starts (%2)</source>
        <translation>periode posting berakhir (%1) sebelum dimulai (%2)</translation>
    </message>
    <message>
        <source>unknown currency &apos;%1&apos;: use an ISO 4217 code such as IDR or USD</source>
        <translation>mata uang &apos;%1&apos; tidak dikenal: gunakan kode ISO 4217 seperti IDR atau USD</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>anggaran</translation>
    </message>
    <message>
        <source>revenue target</source>
        <translation>target pendapatan</translation>
    </message>
    <message>
        <source>the %1 is in %2 but the campaign is in %3; a campaign has one currency</source>
        <translation>%1 dalam %2, padahal kampanye memakai %3; satu kampanye hanya punya satu mata uang</translation>
    </message>
    <message>
        <source>the %1 cannot be negative</source>
        <translation>%1 tidak boleh negatif</translation>
    </message>
    <message>
        <source>posts target</source>
        <translation>target postingan</translation>
    </message>
    <message>
        <source>views target</source>
        <translation>target tayangan</translation>
    </message>
    <message>
        <source>new followers target</source>
        <translation>target pengikut baru</translation>
    </message>
    <message>
        <source>link clicks target</source>
        <translation>target klik tautan</translation>
    </message>
    <message>
        <source>the engagement rate target must be between 0% and 100%</source>
        <translation>target engagement rate harus antara 0% dan 100%</translation>
    </message>
    <message>
        <source>the video duration must be between 1 second and 24 hours</source>
        <translation>durasi video harus antara 1 detik dan 24 jam</translation>
    </message>
    <message>
        <source>hashtag</source>
        <translation>tagar</translation>
    </message>
    <message>
        <source>disclosure marker</source>
        <translation>penanda iklan</translation>
    </message>
    <message>
        <source>mention</source>
        <translation>mention</translation>
    </message>
    <message>
        <source>text</source>
        <translation>teks</translation>
    </message>
    <message>
        <source>the content type is longer than %1 characters</source>
        <translation>jenis konten lebih dari %1 karakter</translation>
    </message>
    <message>
        <source>a campaign needs a brand</source>
        <translation>kampanye harus punya brand</translation>
    </message>
    <message>
        <source>unknown brand &apos;%1&apos;: add the brand first</source>
        <translation>brand &apos;%1&apos; tidak dikenal: tambahkan brand-nya dulu</translation>
    </message>
    <message>
        <source>a campaign named &apos;%1&apos; already exists; campaign names must be unique</source>
        <translation>kampanye bernama &apos;%1&apos; sudah ada; nama kampanye harus unik</translation>
    </message>
    <message>
        <source>the campaign&apos;s currency is %1 and cannot be changed once set</source>
        <translation>mata uang kampanye adalah %1 dan tidak bisa diubah setelah ditetapkan</translation>
    </message>
    <message>
        <source>the %1 (%2) is more than %3; check the number</source>
        <translation>%1 (%2) lebih dari %3; periksa angkanya</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Draw a campaign&apos;s chart (the app&apos;s own) as PNG or SVG, without a display.</source>
        <translation>Gambar grafik kampanye (sama seperti di aplikasi) sebagai PNG atau SVG, tanpa layar.</translation>
    </message>
    <message>
        <source>The campaign, by name.</source>
        <translation>Kampanye, berdasarkan nama.</translation>
    </message>
    <message>
        <source>engagement, followers, kpi or budget.</source>
        <translation>engagement, followers, kpi, atau budget.</translation>
    </message>
    <message>
        <source>Count numbers dated on or before DATE (YYYY-MM-DD).</source>
        <translation>Hitung angka bertanggal DATE atau sebelumnya (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Write a PNG image to OUT.</source>
        <translation>Tulis gambar PNG ke OUT.</translation>
    </message>
    <message>
        <source>Write an SVG drawing to OUT.</source>
        <translation>Tulis gambar SVG ke OUT.</translation>
    </message>
    <message>
        <source>name the campaign with --campaign NAME</source>
        <translation>sebutkan kampanyenya dengan --campaign NAME</translation>
    </message>
    <message>
        <source>choose the chart with --kind %1</source>
        <translation>pilih grafiknya dengan --kind %1</translation>
    </message>
    <message>
        <source>write the chart with either --png OUT or --svg OUT</source>
        <translation>tulis grafiknya dengan --png OUT atau --svg OUT (pilih salah satu)</translation>
    </message>
    <message>
        <source>--as-of</source>
        <translation>--as-of</translation>
    </message>
    <message>
        <source>there is no campaign named &apos;%1&apos;; `collabdesk-cli list campaigns` shows them</source>
        <translation>tidak ada kampanye bernama &apos;%1&apos;; `collabdesk-cli list campaigns` menampilkan daftarnya</translation>
    </message>
    <message>
        <source>Wrote the %1 chart of %2 to %3.</source>
        <translation>Grafik %1 untuk %2 ditulis ke %3.</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1 as PNG</source>
        <translation>tidak dapat menulis %1 sebagai PNG</translation>
    </message>
    <message>
        <source>cannot write %1: %2; nothing was written</source>
        <translation>tidak dapat menulis %1: %2; tidak ada yang ditulis</translation>
    </message>
    <message>
        <source>Save Chart as PNG…</source>
        <translation>Simpan grafik sebagai PNG…</translation>
    </message>
    <message>
        <source>Save Chart as SVG…</source>
        <translation>Simpan grafik sebagai SVG…</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Simpan grafik</translation>
    </message>
    <message>
        <source>SVG (*.svg)</source>
        <translation>SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>Check the workspace&apos;s integrity and schema without changing it; exit 1 if it is damaged.</source>
        <translation>Periksa integritas dan skema ruang kerja tanpa mengubahnya; keluar dengan kode 1 jika rusak.</translation>
    </message>
    <message>
        <source>there is no workspace at %1; create one with &apos;collabdesk-cli --db %1 init&apos;</source>
        <translation>tidak ada ruang kerja di %1; buat dengan &apos;collabdesk-cli --db %1 init&apos;</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 rusak: %2</translation>
    </message>
    <message>
        <source>%1 is damaged:</source>
        <translation>%1 rusak:</translation>
    </message>
    <message>
        <source>Restore a backup with &apos;collabdesk-cli restore BACKUP --force&apos;.</source>
        <translation>Pulihkan cadangan dengan &apos;collabdesk-cli restore BACKUP --force&apos;.</translation>
    </message>
    <message>
        <source>brands</source>
        <translation>brand</translation>
    </message>
    <message>
        <source>creators</source>
        <translation>kreator</translation>
    </message>
    <message>
        <source>campaigns</source>
        <translation>kampanye</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>peserta</translation>
    </message>
    <message>
        <source>deliverables</source>
        <translation>konten</translation>
    </message>
    <message>
        <source>contracts</source>
        <translation>kontrak</translation>
    </message>
    <message>
        <source>follower snapshots</source>
        <translation>snapshot pengikut</translation>
    </message>
    <message>
        <source>post metric snapshots</source>
        <translation>snapshot metrik postingan</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>pembayaran</translation>
    </message>
    <message>
        <source>Workspace:   %1</source>
        <translation>Ruang kerja:  %1</translation>
    </message>
    <message>
        <source>Schema:      v%1 (current)</source>
        <translation>Skema:        v%1 (terkini)</translation>
    </message>
    <message>
        <source>Schema:      v%1 (updated to v%2 when next opened for writing)</source>
        <translation>Skema:        v%1 (diperbarui ke v%2 saat berikutnya dibuka dalam mode tulis)</translation>
    </message>
    <message>
        <source>Integrity:   ok</source>
        <translation>Integritas:   baik</translation>
    </message>
    <message>
        <source>Records:     %1</source>
        <translation>Jumlah data:  %1</translation>
    </message>
    <message>
        <source>In use by:   %1</source>
        <translation>Dipakai oleh: %1</translation>
    </message>
    <message>
        <source>Make the kept summaries (latest follower counts and post numbers) again from the snapshots when they disagree; the only change check ever makes.</source>
        <translation>Buat ulang ringkasan tersimpan (jumlah pengikut dan angka postingan terbaru) dari snapshot bila tidak cocok; satu-satunya perubahan yang pernah dibuat check.</translation>
    </message>
    <message>
        <source>%1&apos;s kept summaries disagree with its snapshots:</source>
        <translation>Ringkasan tersimpan %1 tidak cocok dengan snapshot-nya:</translation>
    </message>
    <message>
        <source>The snapshots themselves are whole. Make the summaries again with &apos;collabdesk-cli --db %1 check --repair&apos;.</source>
        <translation>Snapshot-nya sendiri utuh. Buat ulang ringkasannya dengan &apos;collabdesk-cli --db %1 check --repair&apos;.</translation>
    </message>
    <message>
        <source>Summaries:   agree with the snapshots</source>
        <translation>Ringkasan:    cocok dengan snapshot</translation>
    </message>
    <message>
        <source>the summaries could not be made again: %1</source>
        <translation>ringkasan tidak dapat dibuat ulang: %1</translation>
    </message>
    <message>
        <source>Summaries:   made again from the snapshots</source>
        <translation>Ringkasan:    dibuat ulang dari snapshot</translation>
    </message>
    <message>
        <source>Integrity:   kept by the server (constraints always enforced)</source>
        <translation>Integritas:   dijaga server (batasan selalu ditegakkan)</translation>
    </message>
</context>
<context>
    <name>Compliance</name>
    <message>
        <source>no caption recorded to check</source>
        <translation>belum ada caption yang tercatat untuk diperiksa</translation>
    </message>
    <message>
        <source>all present: %1</source>
        <translation>lengkap: %1</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>kurang %1</translation>
    </message>
    <message>
        <source>there is no campaign named &apos;%1&apos;; `collabdesk-cli list campaigns` shows them</source>
        <translation>tidak ada kampanye bernama &apos;%1&apos;; `collabdesk-cli list campaigns` menampilkan daftarnya</translation>
    </message>
    <message>
        <source>no disclosure marker: add one of %1</source>
        <translation>tidak ada penanda iklan: tambahkan salah satu dari %1</translation>
    </message>
    <message>
        <source>marked with #%1</source>
        <translation>ditandai dengan #%1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 sampai %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>mulai %1</translation>
    </message>
    <message>
        <source>posted %1, before the window %2</source>
        <translation>diposting %1, sebelum periode %2</translation>
    </message>
    <message>
        <source>posted %1, after the window %2</source>
        <translation>diposting %1, setelah periode %2</translation>
    </message>
    <message>
        <source>posted %1, inside the window %2</source>
        <translation>diposting %1, dalam periode %2</translation>
    </message>
    <message>
        <source>%1 is one of the campaign&apos;s platforms</source>
        <translation>%1 termasuk platform kampanye</translation>
    </message>
    <message>
        <source>%1 is not one of the campaign&apos;s platforms (%2)</source>
        <translation>%1 bukan platform kampanye (%2)</translation>
    </message>
    <message>
        <source>Brief compliance of each deliverable with a caption or posted date: mandatory hashtags and mentions, disclosure, posting window, platform.</source>
        <translation>Kepatuhan tiap konten yang punya caption atau tanggal posting terhadap brief: tagar dan mention wajib, penanda iklan, periode posting, platform.</translation>
    </message>
    <message>
        <source>The campaign, by name.</source>
        <translation>Kampanye, berdasarkan nama.</translation>
    </message>
    <message>
        <source>Print the JSON array of formats.md.</source>
        <translation>Cetak array JSON sesuai formats.md.</translation>
    </message>
    <message>
        <source>name the campaign with --campaign NAME</source>
        <translation>sebutkan kampanyenya dengan --campaign NAME</translation>
    </message>
    <message>
        <source>%1: %2 of %3 deliverables follow the brief
</source>
        <translation>%1: %2 dari %3 konten sesuai brief
</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>LOLOS</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>GAGAL</translation>
    </message>
    <message>
        <source>, posted %1</source>
        <translation>, diposting %1</translation>
    </message>
    <message>
        <source>the campaign no longer exists</source>
        <translation>kampanye sudah tidak ada</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Creators whose part in a campaign breaks an exclusivity they signed (or are negotiating): same category, a named competitor, or brands that list each other.</source>
        <translation>Kreator yang keikutsertaannya dalam kampanye melanggar eksklusivitas yang sudah mereka tanda tangani (atau sedang dinegosiasikan): kategori yang sama, pesaing yang disebutkan, atau brand yang saling mencantumkan sebagai pesaing.</translation>
    </message>
    <message>
        <source>Show conflicts whose overlap ends on or after DATE (YYYY-MM-DD; default today).</source>
        <translation>Tampilkan konflik yang masa tumpang tindihnya berakhir pada atau setelah DATE (YYYY-MM-DD; bawaan: hari ini).</translation>
    </message>
    <message>
        <source>No exclusivity conflicts as of %1.
</source>
        <translation>Tidak ada konflik eksklusivitas per %1.
</translation>
    </message>
    <message>
        <source>PENDING  </source>
        <translation>NEGOSIASI </translation>
    </message>
    <message>
        <source>CONFLICT </source>
        <translation>KONFLIK   </translation>
    </message>
</context>
<context>
    <name>Contract</name>
    <message>
        <source>Contracts: &apos;list&apos; shows every contract with its status, version and the terms that matter day to day; &apos;export&apos; writes one as a PDF (drafted from its terms in English or Bahasa Indonesia).</source>
        <translation>Kontrak: &apos;list&apos; menampilkan setiap kontrak beserta status, versi, dan ketentuan yang penting sehari-hari; &apos;export&apos; menulis satu kontrak sebagai PDF (disusun dari ketentuannya dalam bahasa Inggris atau Bahasa Indonesia).</translation>
    </message>
    <message>
        <source>Print the JSON array of formats.md.</source>
        <translation>Cetak array JSON sesuai formats.md.</translation>
    </message>
    <message>
        <source>The contract, by its id (contract list shows it).</source>
        <translation>Kontrak, berdasarkan ID-nya (ditampilkan oleh contract list).</translation>
    </message>
    <message>
        <source>The contract&apos;s campaign, by name.</source>
        <translation>Kampanye dalam kontrak, berdasarkan nama.</translation>
    </message>
    <message>
        <source>The contract&apos;s creator, by name.</source>
        <translation>Kreator dalam kontrak, berdasarkan nama.</translation>
    </message>
    <message>
        <source>The version to export (default the latest).</source>
        <translation>Versi yang akan diekspor (bawaan: versi terbaru).</translation>
    </message>
    <message>
        <source>The language: en or id (default the version&apos;s).</source>
        <translation>Bahasa: en atau id (bawaan: bahasa versi tersebut).</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>File PDF yang akan ditulis.</translation>
    </message>
    <message>
        <source>unknown contract command &apos;%1&apos;: use contract list or contract export</source>
        <translation>perintah kontrak &apos;%1&apos; tidak dikenal: gunakan contract list atau contract export</translation>
    </message>
    <message>
        <source>name the contract with --id N, or with --campaign C --creator X</source>
        <translation>sebutkan kontraknya dengan --id N, atau dengan --campaign C --creator X</translation>
    </message>
    <message>
        <source>--id takes a contract&apos;s number, as contract list shows it</source>
        <translation>--id berisi nomor kontrak, seperti yang ditampilkan contract list</translation>
    </message>
    <message>
        <source>--version takes a version number, 1 or more</source>
        <translation>--version berisi nomor versi, 1 atau lebih</translation>
    </message>
    <message>
        <source>name the file to write with --pdf OUT.pdf</source>
        <translation>sebutkan file yang akan ditulis dengan --pdf OUT.pdf</translation>
    </message>
    <message>
        <source>exclusive %1%2 from %3%4</source>
        <translation>eksklusif %1%2 mulai %3%4</translation>
    </message>
    <message>
        <source> (not %1)</source>
        <translation> (bukan %1)</translation>
    </message>
    <message>
        <source> to %1</source>
        <translation> sampai %1</translation>
    </message>
    <message>
        <source>usage to %1%2</source>
        <translation>penggunaan sampai %1%2</translation>
    </message>
    <message>
        <source>, in use</source>
        <translation>, masih dipakai</translation>
    </message>
    <message>
        <source>%1  %2 — %3 (%4)  %5 v%6%7%8
</source>
        <translation>%1  %2 — %3 (%4)  %5 v%6%7%8
</translation>
    </message>
    <message>
        <source>, signed %1</source>
        <translation>, ditandatangani %1</translation>
    </message>
    <message>
        <source>No contracts yet.
</source>
        <translation>Belum ada kontrak.
</translation>
    </message>
    <message>
        <source>%1 has no contract for %2</source>
        <translation>%1 belum punya kontrak untuk %2</translation>
    </message>
    <message>
        <source>the contract lacks %1</source>
        <translation>kontrak belum memuat %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s))
</source>
        <translation>
            <numerusform>%1 ditulis (%Ln halaman)
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContractChecks</name>
    <message>
        <source>Print the JSON array of formats.md.</source>
        <translation>Cetak array JSON sesuai formats.md.</translation>
    </message>
</context>
<context>
    <name>ContractDiff</name>
    <message>
        <source>not set</source>
        <translation>belum diatur</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>language</source>
        <translation>bahasa</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>tanggal selesai</translation>
    </message>
    <message>
        <source>exclusivity category</source>
        <translation>kategori eksklusivitas</translation>
    </message>
    <message>
        <source>competitors</source>
        <translation>pesaing</translation>
    </message>
    <message>
        <source>exclusivity start</source>
        <translation>mulai eksklusivitas</translation>
    </message>
    <message>
        <source>exclusivity end</source>
        <translation>akhir eksklusivitas</translation>
    </message>
    <message>
        <source>usage channels</source>
        <translation>kanal penggunaan</translation>
    </message>
    <message>
        <source>usage start</source>
        <translation>mulai penggunaan</translation>
    </message>
    <message>
        <source>usage end</source>
        <translation>akhir penggunaan</translation>
    </message>
    <message>
        <source>paid ads</source>
        <translation>iklan berbayar</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>revision rounds</source>
        <translation>jumlah putaran revisi</translation>
    </message>
    <message>
        <source>revision turnaround days</source>
        <translation>waktu pengerjaan revisi (hari)</translation>
    </message>
    <message>
        <source>payment terms (days)</source>
        <translation>termin pembayaran (hari)</translation>
    </message>
    <message>
        <source>kill fee</source>
        <translation>biaya pembatalan</translation>
    </message>
    <message>
        <source>cancellation notice (days)</source>
        <translation>pemberitahuan pembatalan (hari)</translation>
    </message>
    <message>
        <source>governing law</source>
        <translation>hukum yang berlaku</translation>
    </message>
</context>
<context>
    <name>ContractImporter</name>
    <message>
        <source>unknown campaign &apos;%1&apos;: import campaigns.csv first</source>
        <translation>kampanye &apos;%1&apos; tidak dikenal: impor campaigns.csv dulu</translation>
    </message>
    <message>
        <source>%1 does not take part in %2: import participants.csv first</source>
        <translation>%1 tidak ikut dalam %2: impor participants.csv dulu</translation>
    </message>
    <message>
        <source>the contract was signed on %1; a signed date does not change</source>
        <translation>kontrak ditandatangani pada %1; tanggal tanda tangan tidak bisa diubah</translation>
    </message>
    <message>
        <source>a signed date needs the status signed (or later)</source>
        <translation>tanggal tanda tangan hanya berlaku untuk status signed (ditandatangani) atau status sesudahnya</translation>
    </message>
</context>
<context>
    <name>ContractListModel</name>
    <message>
        <source>%1 (in use)</source>
        <translation>%1 (masih dipakai)</translation>
    </message>
    <message>
        <source>%1 %2 – %3</source>
        <translation>%1 %2 – %3</translation>
    </message>
    <message>
        <source>open</source>
        <translation>tanpa batas</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanye</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Kreator</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ditandatangani</translation>
    </message>
    <message>
        <source>Usage ends</source>
        <translation>Akhir penggunaan</translation>
    </message>
    <message>
        <source>Exclusivity</source>
        <translation>Eksklusivitas</translation>
    </message>
    <message>
        <source>%1 · ended, still in use</source>
        <translation>%1 · sudah berakhir, masih dipakai</translation>
    </message>
</context>
<context>
    <name>ContractService</name>
    <message>
        <source>the exclusivity ends (%1) before it starts (%2)</source>
        <translation>eksklusivitas berakhir (%1) sebelum dimulai (%2)</translation>
    </message>
    <message>
        <source>an exclusivity needs its start date (without one the contract has no exclusivity)</source>
        <translation>eksklusivitas memerlukan tanggal mulai (tanpa tanggal mulai, kontrak tidak punya eksklusivitas)</translation>
    </message>
    <message>
        <source>the usage rights end (%1) before they start (%2)</source>
        <translation>hak penggunaan berakhir (%1) sebelum dimulai (%2)</translation>
    </message>
    <message>
        <source>unknown usage channel &apos;%1&apos;: use %2</source>
        <translation>kanal penggunaan &apos;%1&apos; tidak dikenal: gunakan %2</translation>
    </message>
    <message>
        <source>the kill fee is in %1 but the campaign counts in %2</source>
        <translation>biaya pembatalan dalam %1, padahal kampanye memakai %2</translation>
    </message>
    <message>
        <source>the kill fee cannot be negative</source>
        <translation>biaya pembatalan tidak boleh negatif</translation>
    </message>
    <message>
        <source>the contract has no version %1</source>
        <translation>kontrak tidak punya versi %1</translation>
    </message>
    <message>
        <source>the contract no longer exists</source>
        <translation>kontrak sudah tidak ada</translation>
    </message>
    <message>
        <source>the creator no longer takes part in the campaign</source>
        <translation>kreator sudah tidak ikut dalam kampanye</translation>
    </message>
    <message>
        <source>the creator already has a contract for this campaign: change that one</source>
        <translation>kreator sudah punya kontrak untuk kampanye ini: ubah kontrak tersebut</translation>
    </message>
    <message>
        <source>the contract is %1: its terms cannot change (agree a new contract instead)</source>
        <translation>kontrak berstatus %1: ketentuannya tidak bisa diubah (sepakati kontrak baru saja)</translation>
    </message>
    <message>
        <source>a contract cannot go from %1 to %2</source>
        <translation>status kontrak tidak bisa berubah dari %1 ke %2</translation>
    </message>
    <message>
        <source>the contract is %1 and is kept: mark it terminated instead of deleting it</source>
        <translation>kontrak berstatus %1 dan harus tetap disimpan: tandai sebagai diakhiri alih-alih menghapusnya</translation>
    </message>
</context>
<context>
    <name>ContractText</name>
    <message>
        <source>there is no contract template &apos;%1&apos; in %2</source>
        <translation>tidak ada templat kontrak &apos;%1&apos; di %2</translation>
    </message>
    <message>
        <source>the contract template &apos;%1&apos; (%2) is damaged: %3</source>
        <translation>templat kontrak &apos;%1&apos; (%2) rusak: %3</translation>
    </message>
    <message>
        <source>the template is not JSON (%1 at character %2)</source>
        <translation>templat bukan JSON (%1 pada karakter ke-%2)</translation>
    </message>
    <message>
        <source>the template needs a &quot;name&quot; of letters, digits, &apos;-&apos; or &apos;_&apos; (at most 40)</source>
        <translation>templat memerlukan &quot;name&quot; berupa huruf, angka, &apos;-&apos; atau &apos;_&apos; (maksimal 40)</translation>
    </message>
    <message>
        <source>the template&apos;s &quot;language&quot;: %1</source>
        <translation>&quot;language&quot; templat: %1</translation>
    </message>
    <message>
        <source>the template needs a &quot;%1&quot;</source>
        <translation>templat memerlukan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the template needs &quot;clauses&quot;, each with an id, a title and a text</source>
        <translation>templat memerlukan &quot;clauses&quot;, masing-masing dengan id, judul, dan teks</translation>
    </message>
    <message>
        <source>clause %1 of the template needs an id, a title and a text</source>
        <translation>klausul %1 dalam templat memerlukan id, judul, dan teks</translation>
    </message>
    <message>
        <source>two clauses of the template have the id &apos;%1&apos;</source>
        <translation>dua klausul dalam templat memakai id &apos;%1&apos;</translation>
    </message>
    <message>
        <source>clause &apos;%1&apos; depends on an unknown merge field &apos;%2&apos;</source>
        <translation>klausul &apos;%1&apos; bergantung pada kolom isian &apos;%2&apos; yang tidak dikenal</translation>
    </message>
    <message>
        <source>unknown merge field {{%1}}: use %2</source>
        <translation>kolom isian {{%1}} tidak dikenal: gunakan %2</translation>
    </message>
    <message>
        <source>the creator no longer takes part in the campaign</source>
        <translation>kreator sudah tidak ikut dalam kampanye</translation>
    </message>
    <message>
        <source>your company&apos;s legal name (Settings)</source>
        <translation>nama resmi perusahaan Anda (Pengaturan)</translation>
    </message>
    <message>
        <source>your company&apos;s address and tax number (Settings)</source>
        <translation>alamat dan NPWP perusahaan Anda (Pengaturan)</translation>
    </message>
    <message>
        <source>who signs for your company (Settings)</source>
        <translation>penanda tangan atas nama perusahaan Anda (Pengaturan)</translation>
    </message>
    <message>
        <source>the creator&apos;s accounts</source>
        <translation>akun kreator</translation>
    </message>
    <message>
        <source>the deliverables (add them to the campaign)</source>
        <translation>daftar konten (tambahkan ke kampanye)</translation>
    </message>
    <message>
        <source>the posting window (campaign)</source>
        <translation>periode posting (kampanye)</translation>
    </message>
    <message>
        <source>revision rounds</source>
        <translation>jumlah putaran revisi</translation>
    </message>
    <message>
        <source>the creator&apos;s compensation (campaign)</source>
        <translation>kompensasi kreator (kampanye)</translation>
    </message>
    <message>
        <source>payment terms (days)</source>
        <translation>termin pembayaran (hari)</translation>
    </message>
    <message>
        <source>usage channels</source>
        <translation>kanal penggunaan</translation>
    </message>
    <message>
        <source>usage start</source>
        <translation>mulai penggunaan</translation>
    </message>
    <message>
        <source>usage end</source>
        <translation>akhir penggunaan</translation>
    </message>
    <message>
        <source>cancellation notice (days)</source>
        <translation>pemberitahuan pembatalan (hari)</translation>
    </message>
    <message>
        <source>kill fee</source>
        <translation>biaya pembatalan</translation>
    </message>
    <message>
        <source>governing law</source>
        <translation>hukum yang berlaku</translation>
    </message>
</context>
<context>
    <name>CreatorErasure</name>
    <message>
        <source>Erased creator #%1</source>
        <translation>Kreator terhapus #%1</translation>
    </message>
    <message>
        <source>there is no creator with id %1</source>
        <translation>tidak ada kreator dengan id %1</translation>
    </message>
    <message>
        <source>[erased]</source>
        <translation>[dihapus]</translation>
    </message>
    <message>
        <source>Erased the personal data of %1 for good and archived them; their name and NPWP stay for the tax records.</source>
        <translation>Data pribadi %1 sudah dihapus permanen dan kreatornya diarsipkan; nama dan NPWP-nya tetap disimpan untuk catatan pajak.</translation>
    </message>
    <message>
        <source>Erasing the personal data of %1 removes it for good and archives them; their name and NPWP stay for the tax records.</source>
        <translation>Menghapus data pribadi %1 akan menghapusnya permanen dan mengarsipkan kreatornya; nama dan NPWP-nya tetap disimpan untuk catatan pajak.</translation>
    </message>
    <message>
        <source>Erased the creator&apos;s personal data for good: they are now &quot;%1&quot; (archived).</source>
        <translation>Data pribadi kreator sudah dihapus permanen: kini namanya &quot;%1&quot; (diarsipkan).</translation>
    </message>
    <message>
        <source>Erasing the personal data of %1 removes it for good: they become &quot;%2&quot; (archived).</source>
        <translation>Menghapus data pribadi %1 akan menghapusnya permanen: namanya menjadi &quot;%2&quot; (diarsipkan).</translation>
    </message>
    <message numerus="yes">
        <source>%n contact or profile detail(s)</source>
        <translation>
            <numerusform>%Ln data kontak atau profil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%Ln tag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rate card(s)</source>
        <translation>
            <numerusform>%Ln rate card</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audience figure(s)</source>
        <translation>
            <numerusform>%Ln angka audiens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vetting answer(s)</source>
        <translation>
            <numerusform>%Ln jawaban penilaian kreator</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%Ln tindak lanjut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%Ln file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n handle(s) made anonymous</source>
        <translation>
            <numerusform>%Ln handle dianonimkan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mentions in %n text(s) replaced</source>
        <translation>
            <numerusform>sebutan di %Ln teks diganti</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed: %1.</source>
        <translation>Dihapus: %1.</translation>
    </message>
    <message>
        <source>To remove: %1.</source>
        <translation>Akan dihapus: %1.</translation>
    </message>
    <message>
        <source>Campaigns keep the creator&apos;s rows (fees, deliverables, posts, numbers), so KPIs and charts stay as they are.</source>
        <translation>Kampanye tetap menyimpan baris kreator ini (fee, konten, postingan, angka), jadi KPI dan grafik tidak berubah.</translation>
    </message>
    <message numerus="yes">
        <source>Kept for 10 years as tax records (UU KUP): %n payment(s) with tax withheld, with their files.</source>
        <translation>
            <numerusform>Disimpan 10 tahun sebagai catatan pajak (UU KUP): %Ln pembayaran dengan potongan pajak, beserta file-nya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept as issued (tax records): %n invoice line(s) naming the creator.</source>
        <translation>
            <numerusform>Disimpan seperti saat diterbitkan (catatan pajak): %Ln baris tagihan yang menyebut kreator ini.</numerusform>
        </translation>
    </message>
    <message>
        <source>The old data leaves the workspace file when the workspace is closed.</source>
        <translation>Data lama baru hilang dari file ruang kerja saat ruang kerja ditutup.</translation>
    </message>
    <message>
        <source>Backups and exports made before now still hold the data: delete or replace them too.</source>
        <translation>Cadangan dan ekspor yang dibuat sebelumnya masih memuat data ini: hapus atau ganti juga.</translation>
    </message>
    <message>
        <source>nothing was erased: %1</source>
        <translation>tidak ada yang dihapus: %1</translation>
    </message>
</context>
<context>
    <name>CreatorImporter</name>
    <message>
        <source>&apos;%1&apos; differs from &apos;%2&apos; on line %3 for the same creator; give one value</source>
        <translation>&apos;%1&apos; berbeda dengan &apos;%2&apos; di baris %3 untuk kreator yang sama; isi satu nilai saja</translation>
    </message>
</context>
<context>
    <name>CreatorProfile</name>
    <message>
        <source>age</source>
        <translation>usia</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>jenis kelamin</translation>
    </message>
    <message>
        <source>country</source>
        <translation>negara</translation>
    </message>
    <message>
        <source>the rate for %1 needs a currency such as IDR or USD</source>
        <translation>tarif untuk %1 memerlukan mata uang seperti IDR atau USD</translation>
    </message>
    <message>
        <source>the rate for %1 cannot be negative</source>
        <translation>tarif untuk %1 tidak boleh negatif</translation>
    </message>
    <message>
        <source>the rate card lists %1 in %2 twice</source>
        <translation>rate card mencantumkan %1 dalam %2 dua kali</translation>
    </message>
    <message>
        <source>rate notes</source>
        <translation>catatan tarif</translation>
    </message>
    <message>
        <source>an audience share of %1 has no %2</source>
        <translation>porsi audiens %1 tidak menyebutkan %2</translation>
    </message>
    <message>
        <source>the audience share for %1 must be between 0% and 100%</source>
        <translation>porsi audiens untuk %1 harus antara 0% dan 100%</translation>
    </message>
    <message>
        <source>write countries as two-letter codes (ID, US, MY): &apos;%1&apos;</source>
        <translation>tulis negara sebagai kode dua huruf (ID, US, MY): &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the audience lists %1 twice</source>
        <translation>audiens mencantumkan %1 dua kali</translation>
    </message>
    <message>
        <source>the audience shares by %1 add up to more than 100%</source>
        <translation>total porsi audiens menurut %1 lebih dari 100%</translation>
    </message>
    <message>
        <source>vetting question %1 is unknown or answered twice</source>
        <translation>pertanyaan penilaian kreator %1 tidak dikenal atau dijawab dua kali</translation>
    </message>
    <message>
        <source>the score of vetting question %1 must be from 0 to %2</source>
        <translation>skor pertanyaan penilaian kreator %1 harus dari 0 sampai %2</translation>
    </message>
    <message>
        <source>answer to vetting question %1</source>
        <translation>jawaban pertanyaan penilaian kreator %1</translation>
    </message>
    <message>
        <source>%1 is listed twice; a creator has one account per platform</source>
        <translation>%1 tercantum dua kali; satu kreator hanya punya satu akun per platform</translation>
    </message>
</context>
<context>
    <name>CreatorService</name>
    <message>
        <source>creator name</source>
        <translation>nama kreator</translation>
    </message>
    <message>
        <source>niche</source>
        <translation>niche</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>manajer</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>catatan</translation>
    </message>
    <message>
        <source>the agency rate must be between 0% and 100%</source>
        <translation>tarif agensi harus antara 0% dan 100%</translation>
    </message>
    <message>
        <source>the tag &apos;%1…&apos; is longer than %2 characters</source>
        <translation>tag &apos;%1…&apos; lebih dari %2 karakter</translation>
    </message>
    <message>
        <source>a creator named &apos;%1&apos; already exists; creator names must be unique (ignoring case and spaces)</source>
        <translation>kreator bernama &apos;%1&apos; sudah ada; nama kreator harus unik (huruf besar/kecil dan spasi tidak dibedakan)</translation>
    </message>
    <message>
        <source>followers cannot be negative (%1 on %2)</source>
        <translation>jumlah pengikut tidak boleh negatif (%1 di %2)</translation>
    </message>
    <message>
        <source>the %1 handle @%2 already belongs to %3</source>
        <translation>handle %1 @%2 sudah dipakai oleh %3</translation>
    </message>
    <message>
        <source>%1 is listed twice; a creator has one account per platform</source>
        <translation>%1 tercantum dua kali; satu kreator hanya punya satu akun per platform</translation>
    </message>
    <message>
        <source>the creator no longer exists</source>
        <translation>kreator sudah tidak ada</translation>
    </message>
    <message numerus="yes">
        <source>the creator takes part in %n campaign(s); archive the creator instead to keep that history</source>
        <translation>
            <numerusform>kreator ini ikut dalam %Ln kampanye; arsipkan saja kreator ini agar riwayatnya tetap tersimpan</numerusform>
        </translation>
    </message>
    <message>
        <source>the creator already has a %1 account (@%2)</source>
        <translation>kreator sudah punya akun %1 (@%2)</translation>
    </message>
    <message>
        <source>the account no longer exists</source>
        <translation>akun sudah tidak ada</translation>
    </message>
    <message>
        <source>followers cannot be negative (%1)</source>
        <translation>jumlah pengikut tidak boleh negatif (%1)</translation>
    </message>
    <message>
        <source>a follower count needs the date it was seen</source>
        <translation>jumlah pengikut perlu dicatat bersama tanggal angka itu dilihat</translation>
    </message>
    <message>
        <source>the date %1 is in the future; follower counts are recorded as seen</source>
        <translation>tanggal %1 ada di masa depan; jumlah pengikut dicatat sesuai yang terlihat saat itu</translation>
    </message>
    <message>
        <source>source</source>
        <translation>sumber</translation>
    </message>
    <message>
        <source>followers: %1 on %2 is more than %3; check the number</source>
        <translation>pengikut: %1 pada %2 lebih dari %3; periksa angkanya</translation>
    </message>
    <message>
        <source>followers: %1 is more than %2; check the number</source>
        <translation>pengikut: %1 lebih dari %2; periksa angkanya</translation>
    </message>
    <message>
        <source>country: &apos;%1&apos; is no country CollabDesk knows; type its name or its two-letter code (Indonesia or ID, Malaysia or MY)</source>
        <translation>negara: &apos;%1&apos; tidak dikenal CollabDesk; ketik namanya atau kode dua hurufnya (Indonesia atau ID, Malaysia atau MY)</translation>
    </message>
</context>
<context>
    <name>CreatorStatement</name>
    <message>
        <source>the period must run from a date to the same or a later one</source>
        <translation>periode harus berjalan dari satu tanggal ke tanggal yang sama atau sesudahnya</translation>
    </message>
    <message>
        <source>unknown creator &apos;%1&apos;</source>
        <translation>kreator &apos;%1&apos; tidak dikenal</translation>
    </message>
    <message>
        <source>creator statements are for agency workspaces, where the agency pays each creator their share; set the perspective to agency (Settings &gt; Money, or collabdesk-cli settings perspective agency)</source>
        <translation>laporan saldo kreator hanya untuk ruang kerja agensi, tempat agensi membayar bagian tiap kreator; ubah perspektif menjadi agensi (Pengaturan &gt; Keuangan, atau collabdesk-cli settings perspective agency)</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>field %1</source>
        <translation>kolom %1</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; in your spreadsheet choose Save As &gt; &apos;CSV UTF-8 (comma delimited)&apos; and import that file</source>
        <translation>file ini bukan teks UTF-8; di spreadsheet Anda, pilih Save As &gt; &apos;CSV UTF-8 (comma delimited)&apos;, lalu impor file tersebut</translation>
    </message>
    <message>
        <source>a quoted field opens here and is never closed; add the missing &quot;</source>
        <translation>isian bertanda kutip dibuka di sini dan tidak pernah ditutup; tambahkan &quot; yang kurang</translation>
    </message>
    <message>
        <source>text after a closing quote; a quoted field must end at the next comma</source>
        <translation>ada teks setelah tanda kutip penutup; isian bertanda kutip harus berakhir di koma berikutnya</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field; put the whole field in quotes and double the quote inside (&quot;say &quot;&quot;hi&quot;&quot;&quot;)</source>
        <translation>ada tanda kutip di dalam isian tanpa kutip; apit seluruh isian dengan tanda kutip dan gandakan tanda kutip di dalamnya (&quot;kata &quot;&quot;halo&quot;&quot;&quot;)</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message numerus="yes">
        <source>%1 owes %2 — %n day(s) overdue (%3 / %4)</source>
        <translation>
            <numerusform>%1 berutang %2 — terlambat %Ln hari (%3 / %4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pay %1 %2 net — %n day(s) overdue (%3)</source>
        <translation>
            <numerusform>Bayar %1 %2 bersih — terlambat %Ln hari (%3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>the %1 &apos;%2&apos; is not a date: write it as YYYY-MM-DD, e.g. 2026-03-01</source>
        <translation>%1 &apos;%2&apos; bukan tanggal: tulis dengan format YYYY-MM-DD, misalnya 2026-03-01</translation>
    </message>
</context>
<context>
    <name>DealPipeline</name>
    <message>
        <source>%1 due</source>
        <translation>tenggat %1</translation>
    </message>
    <message>
        <source>%1 to collect</source>
        <translation>Tagih %1</translation>
    </message>
    <message>
        <source>%1 to pay</source>
        <translation>Bayar %1</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Penawaran</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>Negosiasi</translation>
    </message>
    <message>
        <source>Contracted</source>
        <translation>Dikontrak</translation>
    </message>
    <message>
        <source>In production</source>
        <translation>Produksi</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Sudah tayang</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Ditagihkan</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>the deal no longer exists</source>
        <translation>kesepakatan sudah tidak ada</translation>
    </message>
    <message>
        <source>a deal cannot be moved to %1 by hand: in production, delivered, invoiced and paid follow from its records (deliverables, invoices, payments); update those instead</source>
        <translation>kesepakatan tidak bisa dipindahkan ke %1 secara manual: produksi, sudah tayang, ditagihkan, dan dibayar mengikuti datanya (konten, tagihan, pembayaran); perbarui data tersebut</translation>
    </message>
</context>
<context>
    <name>DeliverableService</name>
    <message>
        <source>deliverable title</source>
        <translation>judul konten</translation>
    </message>
    <message>
        <source>this creator already owes &apos;%1&apos; on %2 in this campaign; give this one another title</source>
        <translation>kreator ini sudah punya konten &apos;%1&apos; di %2 dalam kampanye ini; beri judul lain untuk konten ini</translation>
    </message>
    <message>
        <source>revision counts cannot be negative</source>
        <translation>jumlah revisi tidak boleh negatif</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>caption</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a post URL (expected e.g. https://www.instagram.com/reel/ABC123/)</source>
        <translation>&apos;%1&apos; bukan URL postingan (contoh: https://www.instagram.com/reel/ABC123/)</translation>
    </message>
    <message>
        <source>posted %1, but the metrics of this post say it went up on %2; a post has one posting date</source>
        <translation>diposting %1, tetapi metrik postingan ini menunjukkan tayang pada %2; satu postingan hanya punya satu tanggal posting</translation>
    </message>
    <message>
        <source>the deliverable no longer exists</source>
        <translation>konten sudah tidak ada</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is verified already: the end of the pipeline</source>
        <translation>&apos;%1&apos; sudah terverifikasi: ini tahap terakhir</translation>
    </message>
    <message>
        <source>to mark &apos;%1&apos; posted, add its post URL and the day it went up (Edit)</source>
        <translation>untuk menandai &apos;%1&apos; sudah diposting, tambahkan URL postingan dan tanggal tayangnya (Ubah)</translation>
    </message>
    <message>
        <source>a revision is asked of a submitted draft; &apos;%1&apos; is %2</source>
        <translation>revisi hanya bisa diminta untuk draf yang sudah dikirim; status &apos;%1&apos; saat ini %2</translation>
    </message>
    <message>
        <source>say what to change: the feedback goes to the creator with the request</source>
        <translation>tulis apa yang perlu diubah: masukan ini dikirim ke kreator bersama permintaannya</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>masukan</translation>
    </message>
    <message>
        <source>this is revision %1, past the limit of %2 agreed for &apos;%3&apos;</source>
        <translation>ini revisi ke-%1, melewati batas %2 revisi yang disepakati untuk &apos;%3&apos;</translation>
    </message>
    <message>
        <source>only an approved deliverable is marked posted; &apos;%1&apos; is %2</source>
        <translation>hanya konten yang sudah disetujui yang bisa ditandai diposting; &apos;%1&apos; berstatus %2</translation>
    </message>
    <message>
        <source>give the post&apos;s URL</source>
        <translation>isi URL postingannya</translation>
    </message>
    <message>
        <source>give the day the post went up</source>
        <translation>isi tanggal postingan tayang</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>writing the demo failed: %1</source>
        <translation>gagal menulis demo: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>Chase %1 on the counter-offer for %2</source>
        <translation>Kejar jawaban %1 soal penawaran balik untuk %2</translation>
    </message>
    <message>
        <source>Ask %1 for updated audience numbers</source>
        <translation>Minta data audiens terbaru ke %1</translation>
    </message>
    <message>
        <source>Send %1 the new rate card</source>
        <translation>Kirim rate card baru ke %1</translation>
    </message>
    <message>
        <source>Check in with %1 about next month&apos;s shoots</source>
        <translation>Tanyakan kabar %1 soal jadwal syuting bulan depan</translation>
    </message>
    <message>
        <source>Quarterly review with %1</source>
        <translation>Evaluasi kuartalan bersama %1</translation>
    </message>
    <message>
        <source>Please show the product in the first three seconds and add the campaign hashtag.</source>
        <translation>Tolong tampilkan produk di tiga detik pertama dan tambahkan tagar kampanye.</translation>
    </message>
    <message>
        <source>Fill the workspace with realistic synthetic data (small: ~40 creators; agency: 5,000 creators and ~2 million snapshots).</source>
        <translation>Isi ruang kerja dengan data sintetis yang realistis (small: ~40 kreator; agency: 5.000 kreator dan ~2 juta snapshot).</translation>
    </message>
    <message>
        <source>Seed for reproducible data (default 1).</source>
        <translation>Seed agar data bisa dibuat ulang persis sama (bawaan: 1).</translation>
    </message>
    <message>
        <source>Replace what the workspace holds.</source>
        <translation>Ganti seluruh isi ruang kerja.</translation>
    </message>
    <message>
        <source>--seed must be a whole number, not &apos;%1&apos;</source>
        <translation>--seed harus bilangan bulat, bukan &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Demo workspace %1 written in %2 s: %3 brands, %4 creators, %5 campaigns, %6 participants, %7 deliverables, %8 contracts, %9 payments, %10 invoices, %11 follower and %12 post metric snapshots.</source>
        <translation>Ruang kerja demo %1 ditulis dalam %2 detik: %3 brand, %4 kreator, %5 kampanye, %6 peserta, %7 konten, %8 kontrak, %9 pembayaran, %10 tagihan, %11 snapshot pengikut, dan %12 snapshot metrik postingan.</translation>
    </message>
    <message>
        <source>the workspace already holds data; use --replace to replace it with demo data, or create a new workspace file for the demo</source>
        <translation>ruang kerja sudah berisi data; gunakan --replace untuk menggantinya dengan data demo, atau buat file ruang kerja baru untuk demo</translation>
    </message>
    <message>
        <source>Ask %1 whether they take %2&apos;s offer</source>
        <translation>Tanyakan ke %1 apakah mau menerima penawaran %2</translation>
    </message>
    <message>
        <source>small (default), agency (5,000 creators) or large (20,000 creators, ~20 million snapshots; a few minutes, for benchmarks).</source>
        <translation>small (bawaan), agency (5.000 kreator) atau large (20.000 kreator, ~20 juta snapshot; beberapa menit, untuk benchmark).</translation>
    </message>
    <message>
        <source>--scale must be small, agency or large, not &apos;%1&apos;</source>
        <translation>--scale harus small, agency atau large, bukan &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2; nothing was written</source>
        <translation>tidak dapat menulis %1: %2; tidak ada yang ditulis</translation>
    </message>
</context>
<context>
    <name>EditHistory</name>
    <message>
        <source>Cannot redo “%1”</source>
        <translation>Tidak dapat mengulangi “%1”</translation>
    </message>
    <message>
        <source>Cannot undo “%1”</source>
        <translation>Tidak dapat mengurungkan “%1”</translation>
    </message>
    <message>
        <source>another record now has the name or handle of %1</source>
        <translation>data lain kini memakai nama atau handle %1</translation>
    </message>
    <message>
        <source>it is too old; the history keeps the last %1 MiB of changes</source>
        <translation>langkah itu sudah terlalu lama; riwayat hanya menyimpan perubahan %1 MiB terakhir</translation>
    </message>
    <message>
        <source>%1, after this form was opened; cancel and open it again to see that change</source>
        <translation>%1, setelah formulir ini dibuka; batalkan lalu buka lagi untuk melihat perubahan itu</translation>
    </message>
    <message>
        <source>the record</source>
        <translation>data tersebut</translation>
    </message>
    <message>
        <source>%1 was deleted by someone else</source>
        <translation>%1 sudah dihapus oleh orang lain</translation>
    </message>
    <message>
        <source>%1 was made again by someone else</source>
        <translation>%1 sudah dibuat lagi oleh orang lain</translation>
    </message>
    <message>
        <source>%1 was changed by someone else</source>
        <translation>%1 sudah diubah oleh orang lain</translation>
    </message>
    <message>
        <source>%1 was changed by someone else at %2</source>
        <translation>%1 sudah diubah oleh orang lain pada %2</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3</source>
        <translation>%1 sudah diubah oleh %2 pada %3</translation>
    </message>
</context>
<context>
    <name>Erase</name>
    <message>
        <source>Remove a creator&apos;s personal data for good (on their request); campaigns keep anonymous rows, tax records are kept.</source>
        <translation>Hapus permanen data pribadi kreator (atas permintaannya); kampanye menyimpan baris anonim, catatan pajak tetap disimpan.</translation>
    </message>
    <message>
        <source>The creator, by name.</source>
        <translation>Kreator, berdasarkan nama.</translation>
    </message>
    <message>
        <source>Say what would be removed and kept, and change nothing.</source>
        <translation>Tampilkan apa yang akan dihapus dan disimpan, tanpa mengubah apa pun.</translation>
    </message>
    <message>
        <source>name the creator with --creator X</source>
        <translation>sebutkan kreatornya dengan --creator X</translation>
    </message>
</context>
<context>
    <name>Exclusivity</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 sampai %2</translation>
    </message>
    <message>
        <source>from %1 with no end</source>
        <translation>mulai %1 tanpa batas akhir</translation>
    </message>
    <message>
        <source>from %1 on</source>
        <translation>mulai %1</translation>
    </message>
    <message>
        <source>%1&apos;s category is %2</source>
        <translation>kategori %1 adalah %2</translation>
    </message>
    <message>
        <source>the contract names %1 as a competitor</source>
        <translation>kontrak menyebut %1 sebagai pesaing</translation>
    </message>
    <message>
        <source>%1 and %2 list each other as competitors</source>
        <translation>%1 dan %2 saling mencantumkan sebagai pesaing</translation>
    </message>
    <message>
        <source>%1 is exclusive to %2 %3 (%4%5)%6</source>
        <translation>%1 eksklusif dengan %2 %3 (%4%5)%6</translation>
    </message>
    <message>
        <source>%1 is exclusive to %2 for %6 %3 (%4%5)</source>
        <translation>%1 eksklusif dengan %2 untuk kategori %6 %3 (%4%5)</translation>
    </message>
    <message>
        <source>contract %1</source>
        <translation>kontrak %1</translation>
    </message>
    <message>
        <source>this contract</source>
        <translation>kontrak ini</translation>
    </message>
    <message>
        <source>, not signed yet</source>
        <translation>, belum ditandatangani</translation>
    </message>
    <message>
        <source>; %1 (%2) overlaps %3: %4.</source>
        <translation>; %1 (%2) tumpang tindih %3: %4.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Write every record of one kind to a CSV file (formats.md).</source>
        <translation>Tulis semua data satu jenis ke file CSV (formats.md).</translation>
    </message>
    <message>
        <source>cannot export &apos;%1&apos;: use one of %2</source>
        <translation>tidak dapat mengekspor &apos;%1&apos;: gunakan salah satu dari %2</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation>%1 baris diekspor ke %2.</translation>
    </message>
    <message>
        <source>Replace FILE.csv if it exists.</source>
        <translation>Ganti FILE.csv jika sudah ada.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or add --force to replace it</source>
        <translation>%1 sudah ada; pilih nama lain atau tambahkan --force untuk menggantinya</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>cannot export &apos;%1&apos;: use one of %2</source>
        <translation>tidak dapat mengekspor &apos;%1&apos;: gunakan salah satu dari %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>writing %1 failed, the file was not changed: %2 (is the disk full?)</source>
        <translation>gagal menulis %1, file tidak diubah: %2 (apakah disk penuh?)</translation>
    </message>
</context>
<context>
    <name>FollowerImporter</name>
    <message>
        <source>unknown creator &apos;%1&apos;: import creators.csv first</source>
        <translation>kreator &apos;%1&apos; tidak dikenal: impor creators.csv dulu</translation>
    </message>
    <message>
        <source>%1 has no %2 account: add it in creators.csv first</source>
        <translation>%1 tidak punya akun %2: tambahkan dulu di creators.csv</translation>
    </message>
</context>
<context>
    <name>FollowupImporter</name>
    <message>
        <source>a follow-up&apos;s id is a whole number from 1 (leave it empty for a new follow-up)</source>
        <translation>id tindak lanjut berupa bilangan bulat mulai dari 1 (kosongkan untuk tindak lanjut baru)</translation>
    </message>
    <message>
        <source>follow-up %1 is about a %2, not this row&apos;s %3; an import never moves a follow-up (leave id empty to add a new one)</source>
        <translation>tindak lanjut %1 terkait %2, bukan %3 seperti di baris ini; impor tidak pernah memindahkan tindak lanjut (kosongkan id untuk menambah tindak lanjut baru)</translation>
    </message>
    <message>
        <source>a follow-up about a %1 names its %2</source>
        <translation>tindak lanjut terkait %1 wajib mengisi %2</translation>
    </message>
    <message>
        <source>a follow-up about a %1 names only its %2: leave %3 empty</source>
        <translation>tindak lanjut terkait %1 hanya mengisi %2: kosongkan %3</translation>
    </message>
    <message>
        <source>campaign and creator</source>
        <translation>campaign dan creator</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos;: import %3.csv first</source>
        <translation>%1 &apos;%2&apos; tidak dikenal: impor %3.csv dulu</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not the brand of the campaign %2 (%3 is): a follow-up about a campaign or a deal is on the campaign&apos;s own brand</source>
        <translation>&apos;%1&apos; bukan brand kampanye %2 (brand-nya %3): tindak lanjut terkait kampanye atau kesepakatan memakai brand kampanye itu sendiri</translation>
    </message>
</context>
<context>
    <name>FollowupListModel</name>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>terlambat %Ln hari</numerusform>
        </translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Terkait</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>%1 · late</source>
        <translation>%1 · terlambat</translation>
    </message>
    <message>
        <source>%1 · today</source>
        <translation>%1 · hari ini</translation>
    </message>
    <message>
        <source>the campaign</source>
        <translation>kampanye ini</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Siapa saja</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Belum selesai</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>Selesai %1</translation>
    </message>
    <message>
        <source>%1 (creator&apos;s manager)</source>
        <translation>%1 (manajer kreator)</translation>
    </message>
</context>
<context>
    <name>FollowupService</name>
    <message>
        <source>the %1 this follow-up is about no longer exists</source>
        <translation>%1 yang terkait dengan tindak lanjut ini sudah tidak ada</translation>
    </message>
    <message>
        <source>give the day to follow up on</source>
        <translation>isi tanggal tindak lanjutnya</translation>
    </message>
    <message>
        <source>say what to follow up on: the note is empty</source>
        <translation>tulis apa yang perlu ditindaklanjuti: catatannya masih kosong</translation>
    </message>
    <message>
        <source>note</source>
        <translation>catatan</translation>
    </message>
    <message>
        <source>the manager of this follow-up no longer exists</source>
        <translation>manajer tindak lanjut ini sudah tidak ada</translation>
    </message>
    <message>
        <source>the follow-up no longer exists</source>
        <translation>tindak lanjut sudah tidak ada</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <source>the %1 must be a whole number such as 200000, not &apos;%2&apos;</source>
        <translation>%1 harus bilangan bulat seperti 200000, bukan &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Attach Screenshot</source>
        <translation>Lampirkan tangkapan layar</translation>
    </message>
    <message>
        <source>Images and PDFs (*.png *.jpg *.jpeg *.webp *.heic *.pdf);;All files (*)</source>
        <translation>Gambar dan PDF (*.png *.jpg *.jpeg *.webp *.heic *.pdf);;Semua file (*)</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Import a CSV file of one kind (%1); all of it or, on any error, nothing.</source>
        <translation>Impor file CSV satu jenis (%1): semuanya, atau tidak sama sekali jika ada kesalahan.</translation>
    </message>
    <message>
        <source>Campaign of rows that do not name one.</source>
        <translation>Kampanye untuk baris yang tidak menyebutkan kampanye.</translation>
    </message>
    <message>
        <source>Creator of rows that do not name one.</source>
        <translation>Kreator untuk baris yang tidak menyebutkan kreator.</translation>
    </message>
    <message>
        <source>Platform of rows that do not name one.</source>
        <translation>Platform untuk baris yang tidak menyebutkan platform.</translation>
    </message>
    <message>
        <source>Snapshot date of rows without one (YYYY-MM-DD).</source>
        <translation>Tanggal snapshot untuk baris yang tidak mencantumkannya (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>cannot import &apos;%1&apos;: use one of %2</source>
        <translation>tidak dapat mengimpor &apos;%1&apos;: gunakan salah satu dari %2</translation>
    </message>
    <message>
        <source>--date</source>
        <translation>--date</translation>
    </message>
    <message>
        <source>Nothing was imported: fix the rows above and import the file again.</source>
        <translation>Tidak ada yang diimpor: perbaiki baris-baris di atas, lalu impor ulang file-nya.</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated, %4 unchanged.</source>
        <translation>%1 diimpor: %2 baru, %3 diperbarui, %4 tidak berubah.</translation>
    </message>
    <message>
        <source>How the file writes numbers: en (12,345 and 4.25, the default) or id (12.345 and 4,25, as spreadsheets and platform exports in Indonesian do).</source>
        <translation>Cara file menulis angka: en (12,345 dan 4.25, bawaan) atau id (12.345 dan 4,25, seperti spreadsheet dan ekspor platform berbahasa Indonesia).</translation>
    </message>
    <message>
        <source>--numbers must be en or id, not &apos;%1&apos;</source>
        <translation>--numbers harus en atau id, bukan &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>ImportColumn</name>
    <message>
        <source>about</source>
        <translation>tentang</translation>
    </message>
    <message>
        <source>agency_rate</source>
        <translation>fee agensi</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>jumlah</translation>
    </message>
    <message>
        <source>brand</source>
        <translation>brand</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>anggaran</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>kampanye</translation>
    </message>
    <message>
        <source>cancellation_notice_days</source>
        <translation>hari pemberitahuan pembatalan</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>caption</translation>
    </message>
    <message>
        <source>category</source>
        <translation>kategori</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>komentar</translation>
    </message>
    <message>
        <source>commission_rate</source>
        <translation>tarif komisi</translation>
    </message>
    <message>
        <source>competitors</source>
        <translation>kompetitor</translation>
    </message>
    <message>
        <source>contact_email</source>
        <translation>email kontak</translation>
    </message>
    <message>
        <source>content_type</source>
        <translation>jenis konten</translation>
    </message>
    <message>
        <source>country</source>
        <translation>negara</translation>
    </message>
    <message>
        <source>creator</source>
        <translation>kreator</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>mata uang</translation>
    </message>
    <message>
        <source>date</source>
        <translation>tanggal</translation>
    </message>
    <message>
        <source>deposit</source>
        <translation>uang muka</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>arah</translation>
    </message>
    <message>
        <source>disclosure</source>
        <translation>penanda iklan</translation>
    </message>
    <message>
        <source>done</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>due_date</source>
        <translation>jatuh tempo</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>end_date</source>
        <translation>tanggal berakhir</translation>
    </message>
    <message>
        <source>exclusivity_category</source>
        <translation>kategori eksklusivitas</translation>
    </message>
    <message>
        <source>exclusivity_competitors</source>
        <translation>kompetitor eksklusivitas</translation>
    </message>
    <message>
        <source>exclusivity_end</source>
        <translation>akhir eksklusivitas</translation>
    </message>
    <message>
        <source>exclusivity_start</source>
        <translation>awal eksklusivitas</translation>
    </message>
    <message>
        <source>fee</source>
        <translation>fee</translation>
    </message>
    <message>
        <source>followers</source>
        <translation>pengikut</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>tujuan</translation>
    </message>
    <message>
        <source>governing_law</source>
        <translation>hukum yang berlaku</translation>
    </message>
    <message>
        <source>handle</source>
        <translation>handle</translation>
    </message>
    <message>
        <source>hashtags</source>
        <translation>hashtag</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>impressions</source>
        <translation>impresi</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>tagihan</translation>
    </message>
    <message>
        <source>kill_fee</source>
        <translation>biaya pembatalan</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>jenis</translation>
    </message>
    <message>
        <source>kpi_engagement_rate</source>
        <translation>target engagement rate</translation>
    </message>
    <message>
        <source>kpi_link_clicks</source>
        <translation>target klik tautan</translation>
    </message>
    <message>
        <source>kpi_new_followers</source>
        <translation>target pengikut baru</translation>
    </message>
    <message>
        <source>kpi_posts</source>
        <translation>target postingan</translation>
    </message>
    <message>
        <source>kpi_revenue</source>
        <translation>target pendapatan</translation>
    </message>
    <message>
        <source>kpi_views</source>
        <translation>target tayangan</translation>
    </message>
    <message>
        <source>language</source>
        <translation>bahasa</translation>
    </message>
    <message>
        <source>likes</source>
        <translation>suka</translation>
    </message>
    <message>
        <source>link_clicks</source>
        <translation>klik tautan</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>manajer</translation>
    </message>
    <message>
        <source>mentions</source>
        <translation>mention</translation>
    </message>
    <message>
        <source>method</source>
        <translation>metode</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nama</translation>
    </message>
    <message>
        <source>niche</source>
        <translation>niche</translation>
    </message>
    <message>
        <source>note</source>
        <translation>catatan</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>catatan</translation>
    </message>
    <message>
        <source>npwp</source>
        <translation>npwp</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>asal</translation>
    </message>
    <message>
        <source>paid_ads</source>
        <translation>iklan berbayar</translation>
    </message>
    <message>
        <source>paid_date</source>
        <translation>tanggal dibayar</translation>
    </message>
    <message>
        <source>payment_terms_days</source>
        <translation>termin pembayaran (hari)</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telepon</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>platform</translation>
    </message>
    <message>
        <source>platforms</source>
        <translation>platform</translation>
    </message>
    <message>
        <source>point_value</source>
        <translation>nilai poin</translation>
    </message>
    <message>
        <source>points</source>
        <translation>poin</translation>
    </message>
    <message>
        <source>post_url</source>
        <translation>URL postingan</translation>
    </message>
    <message>
        <source>post_window_end</source>
        <translation>akhir jendela posting</translation>
    </message>
    <message>
        <source>post_window_start</source>
        <translation>awal jendela posting</translation>
    </message>
    <message>
        <source>posted_at</source>
        <translation>tanggal posting</translation>
    </message>
    <message>
        <source>product_value</source>
        <translation>nilai produk</translation>
    </message>
    <message>
        <source>promo_uses</source>
        <translation>pemakaian kode promo</translation>
    </message>
    <message>
        <source>reach</source>
        <translation>jangkauan</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>referensi</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>pendapatan</translation>
    </message>
    <message>
        <source>revision_limit</source>
        <translation>batas revisi</translation>
    </message>
    <message>
        <source>revision_rounds</source>
        <translation>putaran revisi</translation>
    </message>
    <message>
        <source>revisions_used</source>
        <translation>revisi terpakai</translation>
    </message>
    <message>
        <source>rights_in_use</source>
        <translation>hak sedang dipakai</translation>
    </message>
    <message>
        <source>saves</source>
        <translation>disimpan</translation>
    </message>
    <message>
        <source>shares</source>
        <translation>dibagikan</translation>
    </message>
    <message>
        <source>signed_date</source>
        <translation>tanggal tanda tangan</translation>
    </message>
    <message>
        <source>source</source>
        <translation>sumber</translation>
    </message>
    <message>
        <source>start_date</source>
        <translation>tanggal mulai</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>tag</translation>
    </message>
    <message>
        <source>tax_type</source>
        <translation>jenis pajak</translation>
    </message>
    <message>
        <source>title</source>
        <translation>judul</translation>
    </message>
    <message>
        <source>turnaround_days</source>
        <translation>waktu revisi (hari)</translation>
    </message>
    <message>
        <source>usage_channels</source>
        <translation>kanal penggunaan</translation>
    </message>
    <message>
        <source>usage_end</source>
        <translation>akhir penggunaan</translation>
    </message>
    <message>
        <source>usage_start</source>
        <translation>awal penggunaan</translation>
    </message>
    <message>
        <source>views</source>
        <translation>tayangan</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>%1: &apos;%2&apos; is not a column of %3</source>
        <translation>%1: &apos;%2&apos; bukan kolom %3</translation>
    </message>
    <message>
        <source>%1:1: the column &apos;%2&apos; appears twice (columns %3 and %4)</source>
        <translation>%1:1: kolom &apos;%2&apos; muncul dua kali (kolom %3 dan %4)</translation>
    </message>
    <message numerus="yes">
        <source>%1: read as the %2 format; ignored: %n column(s) CollabDesk does not keep</source>
        <translation>
            <numerusform>%1: dibaca sebagai format %2; diabaikan: %Ln kolom yang tidak disimpan CollabDesk</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:1: unknown column &apos;%2&apos; is ignored</source>
        <translation>%1:1: kolom &apos;%2&apos; tidak dikenal dan diabaikan</translation>
    </message>
    <message>
        <source>%1: the %2 does not say which %3 its posts belong to: give the %3 (--%3 NAME)</source>
        <translation>%1: %2 tidak menyebutkan %3 untuk postingannya: isi %3 (--%3 NAME)</translation>
    </message>
    <message>
        <source>%1:1: the required column &apos;%2&apos; is missing; the header needs: %3</source>
        <translation>%1:1: kolom wajib &apos;%2&apos; tidak ada; header harus memuat: %3</translation>
    </message>
    <message>
        <source>%1:%2: %3 fields but the header names %4; quote fields that contain commas</source>
        <translation>%1:%2: ada %3 isian, padahal header menyebut %4 kolom; beri tanda kutip pada isian yang mengandung koma</translation>
    </message>
    <message>
        <source>%1:%2: %3 of %4 fields; the missing ones are taken as empty</source>
        <translation>%1:%2: hanya %3 dari %4 isian; isian yang kurang dianggap kosong</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>wajib diisi</translation>
    </message>
    <message>
        <source>the same record as line %1 (a key may appear once per file)</source>
        <translation>data yang sama dengan baris %1 (setiap kunci hanya boleh muncul sekali per file)</translation>
    </message>
    <message>
        <source>%1: the file is empty; the first line must name the columns</source>
        <translation>%1: file kosong; baris pertama harus berisi nama kolom</translation>
    </message>
    <message>
        <source>cannot import &apos;%1&apos;: use one of %2</source>
        <translation>tidak dapat mengimpor &apos;%1&apos;: gunakan salah satu dari %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty; the first line must name the columns</source>
        <translation>%1 kosong; baris pertama harus berisi nama kolom</translation>
    </message>
</context>
<context>
    <name>Init</name>
    <message>
        <source>Create the workspace, or bring an older one up to date.</source>
        <translation>Buat ruang kerja, atau perbarui ruang kerja versi lama.</translation>
    </message>
    <message>
        <source>%1 is already a CollabDesk workspace (schema v%2); nothing to do.</source>
        <translation>%1 sudah menjadi ruang kerja CollabDesk (skema v%2); tidak ada yang perlu dilakukan.</translation>
    </message>
    <message>
        <source>Updated %1 to schema v%2.</source>
        <translation>%1 diperbarui ke skema v%2.</translation>
    </message>
    <message>
        <source>Created workspace %1 (schema v%2).</source>
        <translation>Ruang kerja %1 dibuat (skema v%2).</translation>
    </message>
</context>
<context>
    <name>InvoiceCommand</name>
    <message>
        <source>Invoices to brands (agency workspaces): create one from a brand&apos;s open receivables, list them, void one (it keeps its number), or export one as a PDF.</source>
        <translation>Tagihan ke brand (ruang kerja agensi): buat tagihan dari piutang brand yang belum lunas, tampilkan daftarnya, batalkan tagihan (nomornya tetap dipakai), atau ekspor tagihan sebagai PDF.</translation>
    </message>
    <message>
        <source>The brand to invoice.</source>
        <translation>Brand yang akan ditagih.</translation>
    </message>
    <message>
        <source>Only this campaign&apos;s receivables.</source>
        <translation>Hanya piutang kampanye ini.</translation>
    </message>
    <message>
        <source>The currency, when the brand owes in several.</source>
        <translation>Mata uang, jika brand berutang dalam beberapa mata uang.</translation>
    </message>
    <message>
        <source>The issue date (default today).</source>
        <translation>Tanggal terbit (bawaan: hari ini).</translation>
    </message>
    <message>
        <source>The due date (default the issue date plus the payment terms).</source>
        <translation>Tanggal jatuh tempo (bawaan: tanggal terbit ditambah termin pembayaran).</translation>
    </message>
    <message>
        <source>The invoice, by its number.</source>
        <translation>Tagihan, berdasarkan nomornya.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>File PDF yang akan ditulis.</translation>
    </message>
    <message>
        <source>The PDF&apos;s language: en or id (default en).</source>
        <translation>Bahasa PDF: en atau id (bawaan: en).</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Cetak array JSON.</translation>
    </message>
    <message>
        <source>unknown invoice command &apos;%1&apos;: use invoice create, list, void or export</source>
        <translation>perintah invoice &apos;%1&apos; tidak dikenal: gunakan invoice create, list, void, atau export</translation>
    </message>
    <message>
        <source>name the brand to invoice with --brand B</source>
        <translation>sebutkan brand yang akan ditagih dengan --brand B</translation>
    </message>
    <message>
        <source>name the invoice with --number N (&apos;collabdesk-cli invoice list&apos; shows them)</source>
        <translation>sebutkan tagihannya dengan --number N (&apos;collabdesk-cli invoice list&apos; menampilkan daftarnya)</translation>
    </message>
    <message>
        <source>name the file to write with --pdf OUT.pdf</source>
        <translation>sebutkan file yang akan ditulis dengan --pdf OUT.pdf</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>%1 ditulis (%Ln halaman)</numerusform>
        </translation>
    </message>
    <message>
        <source>No invoices yet; &apos;invoice create --brand B&apos; invoices a brand&apos;s open receivables.</source>
        <translation>Belum ada tagihan; &apos;invoice create --brand B&apos; menagihkan piutang brand yang belum lunas.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nomor</translation>
    </message>
    <message>
        <source>brand</source>
        <translation>brand</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>diterbitkan</translation>
    </message>
    <message>
        <source>due</source>
        <translation>jatuh tempo</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>void</source>
        <translation>dibatalkan</translation>
    </message>
    <message numerus="yes">
        <source>Created invoice %1 to %2: %n line(s), total %3, due %4.</source>
        <translation>
            <numerusform>Tagihan %1 untuk %2 dibuat: %Ln baris, total %3, jatuh tempo %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Voided invoice %1; its receivables can be invoiced again.</source>
        <translation>Tagihan %1 dibatalkan; piutangnya bisa ditagihkan lagi.</translation>
    </message>
</context>
<context>
    <name>Invoices</name>
    <message>
        <source>invoices are for agency workspaces; a brand pays its creators (set the perspective to agency in Settings if you invoice brands)</source>
        <translation>tagihan hanya untuk ruang kerja agensi; di ruang kerja brand, brand membayar kreatornya sendiri (ubah perspektif menjadi agensi di Pengaturan jika Anda menagih brand)</translation>
    </message>
    <message>
        <source>unknown brand &apos;%1&apos;</source>
        <translation>brand &apos;%1&apos; tidak dikenal</translation>
    </message>
    <message>
        <source>unknown campaign &apos;%1&apos;</source>
        <translation>kampanye &apos;%1&apos; tidak dikenal</translation>
    </message>
    <message>
        <source>%1 has open receivables in %2; an invoice has one currency, so name one</source>
        <translation>%1 punya piutang belum lunas dalam %2; satu tagihan hanya memakai satu mata uang, jadi sebutkan salah satunya</translation>
    </message>
    <message numerus="yes">
        <source>only open receivables of %1 in one currency that are on no invoice can go on an invoice; %n of the chosen payments cannot</source>
        <translation>
            <numerusform>yang bisa masuk tagihan hanya piutang %1 yang belum lunas, dalam satu mata uang, dan belum ada di tagihan lain; %Ln pembayaran yang dipilih tidak memenuhi syarat</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no open receivable that is not on an invoice yet%2; draft the schedule first</source>
        <translation>%1 tidak punya piutang belum lunas yang belum masuk tagihan%2; buat draf jadwal pembayarannya dulu</translation>
    </message>
    <message>
        <source> in %1</source>
        <translation> di %1</translation>
    </message>
    <message>
        <source>the due date %1 is before the issue date %2</source>
        <translation>tanggal jatuh tempo %1 lebih awal dari tanggal terbit %2</translation>
    </message>
    <message>
        <source>invoice number %1 is taken; put {YYYY} in the invoice pattern in Settings so each year counts on its own</source>
        <translation>nomor tagihan %1 sudah dipakai; tambahkan {YYYY} ke pola nomor tagihan di Pengaturan agar tiap tahun punya penomoran sendiri</translation>
    </message>
    <message>
        <source>invoice %1 is already void</source>
        <translation>tagihan %1 sudah dibatalkan</translation>
    </message>
    <message>
        <source>invoice %1 cannot be issued again: %2&apos;s %3 changed since it was voided</source>
        <translation>tagihan %1 tidak bisa diterbitkan lagi: %3 %2 sudah berubah sejak tagihan dibatalkan</translation>
    </message>
    <message>
        <source>there is no invoice %1</source>
        <translation>tidak ada tagihan %1</translation>
    </message>
    <message>
        <source>there is no invoice numbered &apos;%1&apos;; &apos;collabdesk-cli invoice list&apos; shows them</source>
        <translation>tidak ada tagihan bernomor &apos;%1&apos;; &apos;collabdesk-cli invoice list&apos; menampilkan daftarnya</translation>
    </message>
    <message>
        <source>payments here are on invoice %1, which must stay as issued; void the invoice first</source>
        <translation>pembayaran di sini sudah masuk tagihan %1, yang harus tetap seperti saat diterbitkan; batalkan tagihannya dulu</translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <source>A campaign&apos;s KPIs as of a date (default today): posts, engagement, rates, follower growth, cost per result and progress against targets.</source>
        <translation>KPI kampanye per tanggal tertentu (bawaan: hari ini): postingan, engagement, engagement rate, pertumbuhan pengikut, biaya per hasil, dan progres terhadap target.</translation>
    </message>
    <message>
        <source>The campaign, by name.</source>
        <translation>Kampanye, berdasarkan nama.</translation>
    </message>
    <message>
        <source>Count snapshots dated on or before DATE (YYYY-MM-DD).</source>
        <translation>Hitung snapshot yang bertanggal pada atau sebelum DATE (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Print the JSON object of formats.md.</source>
        <translation>Cetak objek JSON sesuai formats.md.</translation>
    </message>
    <message>
        <source>name the campaign with --campaign NAME</source>
        <translation>sebutkan kampanyenya dengan --campaign NAME</translation>
    </message>
    <message>
        <source>--as-of</source>
        <translation>--as-of</translation>
    </message>
    <message>
        <source>%1 (%2), as of %3

</source>
        <translation>%1 (%2), per %3

</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Tayangan</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Impresi</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Jangkauan</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>%1 (likes %2, comments %3, shares %4, saves %5)</source>
        <translation>%1 (suka %2, komentar %3, dibagikan %4, disimpan %5)</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>Engagement rate</translation>
    </message>
    <message>
        <source>%1 by followers (%2 left out), %3 by reach (%4 left out), %5 by impressions (%6 left out)</source>
        <translation>%1 berdasarkan pengikut (%2 tidak dihitung), %3 berdasarkan jangkauan (%4 tidak dihitung), %5 berdasarkan impresi (%6 tidak dihitung)</translation>
    </message>
    <message>
        <source>Link clicks</source>
        <translation>Klik tautan</translation>
    </message>
    <message>
        <source>Promo code uses</source>
        <translation>Pemakaian kode promo</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Pendapatan</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Pengikut</translation>
    </message>
    <message>
        <source>%1 before, %2 after: %3 (%4 left out)</source>
        <translation>%1 sebelum, %2 sesudah: %3 (%4 tidak dihitung)</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>CPM</source>
        <translation>CPM</translation>
    </message>
    <message>
        <source>CPE</source>
        <translation>CPE</translation>
    </message>
    <message>
        <source>CPV</source>
        <translation>CPV</translation>
    </message>
    <message>
        <source>Cost per new follower</source>
        <translation>Biaya per pengikut baru</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Progress against targets</source>
        <translation>Progres terhadap target</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 dari %2: %3</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Kreator</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>ER</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Kenaikan</translation>
    </message>
    <message>
        <source>%1 (so far %2)</source>
        <translation>%1 (sejauh ini %2)</translation>
    </message>
    <message>
        <source>%1 (so far %2: %3 of %4 creators have posted)</source>
        <translation>%1 (sejauh ini %2: %3 dari %4 kreator sudah posting)</translation>
    </message>
</context>
<context>
    <name>KpiExplain</name>
    <message>
        <source>%1: no value while there are no %2 (a zero denominator has no ratio)</source>
        <translation>%1: belum ada nilai karena belum ada %2 (pembagi nol tidak menghasilkan rasio)</translation>
    </message>
    <message>
        <source>%1: no value while no post has %2</source>
        <translation>%1: belum ada nilai karena belum ada postingan yang punya data %2</translation>
    </message>
    <message numerus="yes">
        <source>; %n post(s) left out: %1</source>
        <translation>
            <numerusform>; %Ln postingan tidak dihitung: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>CPM</source>
        <translation>CPM</translation>
    </message>
    <message>
        <source>impressions</source>
        <translation>impresi</translation>
    </message>
    <message>
        <source>CPE</source>
        <translation>CPE</translation>
    </message>
    <message>
        <source>engagements</source>
        <translation>engagement</translation>
    </message>
    <message>
        <source>CPV</source>
        <translation>CPV</translation>
    </message>
    <message>
        <source>views</source>
        <translation>tayangan</translation>
    </message>
    <message>
        <source>Cost per new follower: no value, followers did not grow (%1 before, %2 after)</source>
        <translation>Biaya per pengikut baru: tidak ada nilai, pengikut tidak bertambah (%1 sebelum, %2 sesudah)</translation>
    </message>
    <message>
        <source>Cost per new follower = %1 / %2 new followers (%3 after − %4 before) = %5</source>
        <translation>Biaya per pengikut baru = %1 / %2 pengikut baru (%3 sesudah − %4 sebelum) = %5</translation>
    </message>
    <message>
        <source>ROI: no value while no post has a revenue figure</source>
        <translation>ROI: belum ada nilai karena belum ada postingan dengan angka pendapatan</translation>
    </message>
    <message>
        <source>ROI: no value without a cost</source>
        <translation>ROI: tidak ada nilai tanpa biaya</translation>
    </message>
    <message>
        <source>ROI = (%1 revenue − %2 cost) / %2 × 100 = %3</source>
        <translation>ROI = (%1 pendapatan − %2 biaya) / %2 × 100 = %3</translation>
    </message>
    <message>
        <source>Engagement rate by followers</source>
        <translation>Engagement rate berdasarkan pengikut</translation>
    </message>
    <message>
        <source>followers at posting</source>
        <translation>pengikut saat diposting</translation>
    </message>
    <message>
        <source>no follower count on or before the day they went up</source>
        <translation>tidak ada jumlah pengikut pada atau sebelum hari postingannya tayang</translation>
    </message>
    <message>
        <source>Engagement rate by reach</source>
        <translation>Engagement rate berdasarkan jangkauan</translation>
    </message>
    <message>
        <source>reach</source>
        <translation>jangkauan</translation>
    </message>
    <message>
        <source>their latest snapshot has no reach</source>
        <translation>snapshot terakhirnya tidak mencatat jangkauan</translation>
    </message>
    <message>
        <source>Engagement rate by impressions</source>
        <translation>Engagement rate berdasarkan impresi</translation>
    </message>
    <message>
        <source>their latest snapshot has no impressions</source>
        <translation>snapshot terakhirnya tidak mencatat impresi</translation>
    </message>
    <message>
        <source>Follower growth: no value without followers before the start</source>
        <translation>Pertumbuhan pengikut: tidak ada nilai tanpa jumlah pengikut sebelum periode dimulai</translation>
    </message>
    <message>
        <source>Follower growth = (%1 after − %2 before) / %2 × 100 = %3</source>
        <translation>Pertumbuhan pengikut = (%1 sesudah − %2 sebelum) / %2 × 100 = %3</translation>
    </message>
    <message numerus="yes">
        <source>; %n creator account(s) left out: no count before the start or by the end</source>
        <translation>
            <numerusform>; %Ln akun kreator tidak dihitung: tidak ada jumlah pengikut sebelum periode dimulai atau sampai periode berakhir</numerusform>
        </translation>
    </message>
    <message>
        <source>fee %1</source>
        <translation>fee %1</translation>
    </message>
    <message>
        <source>product %1</source>
        <translation>produk %1</translation>
    </message>
    <message>
        <source>%1 of %2 revenue = %3</source>
        <translation>%1 dari pendapatan %2 = %3</translation>
    </message>
    <message>
        <source>%1 points × %2</source>
        <translation>%1 poin × %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Cost = %1: %2</source>
        <translation>Biaya = %1: %2</translation>
    </message>
    <message>
        <source>no one takes part</source>
        <translation>belum ada kreator yang ikut</translation>
    </message>
    <message>
        <source>%1 = %2 engagements / %3 %4 × 100 = %5</source>
        <translation>%1 = %2 engagement / %3 %4 × 100 = %5</translation>
    </message>
    <message>
        <source>So far, counting the %1 of %2 creators who have posted: </source>
        <translation>Sejauh ini, hanya menghitung %1 dari %2 kreator yang sudah posting: </translation>
    </message>
    <message>
        <source>So far %1: the cost of the %2 of %3 creators who have posted</source>
        <translation>Sejauh ini %1: biaya %2 dari %3 kreator yang sudah posting</translation>
    </message>
    <message>
        <source>%1: no value, its numbers add up to more than %2; a number recorded for this campaign is too large to be right: check its posts&apos; numbers and follower counts</source>
        <translation>%1: tidak ada nilai, angkanya berjumlah lebih dari %2; ada angka yang dicatat untuk kampanye ini yang terlalu besar untuk benar: periksa angka postingan dan jumlah pengikutnya</translation>
    </message>
    <message>
        <source>Cost per new follower</source>
        <translation>Biaya per pengikut baru</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Follower growth</source>
        <translation>Pertumbuhan pengikut</translation>
    </message>
    <message>
        <source>too large to be right</source>
        <translation>terlalu besar untuk masuk akal</translation>
    </message>
    <message>
        <source>no impressions yet</source>
        <translation>belum ada impresi</translation>
    </message>
    <message>
        <source>no engagement yet</source>
        <translation>belum ada engagement</translation>
    </message>
    <message>
        <source>no views yet</source>
        <translation>belum ada tayangan</translation>
    </message>
    <message>
        <source>no revenue yet</source>
        <translation>tanpa pendapatan</translation>
    </message>
    <message>
        <source>no cost yet</source>
        <translation>belum ada biaya</translation>
    </message>
    <message>
        <source>no count before the start</source>
        <translation>tak ada hitungan sebelum mulai</translation>
    </message>
</context>
<context>
    <name>List</name>
    <message>
        <source>List the records of one kind: %1.</source>
        <translation>Tampilkan data satu jenis: %1.</translation>
    </message>
    <message>
        <source>Print a JSON array with every column (formats.md).</source>
        <translation>Cetak array JSON dengan semua kolom (formats.md).</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos;: use one of %2</source>
        <translation>jenis &apos;%1&apos; tidak dikenal: gunakan salah satu dari %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Workspace in use</source>
        <translation>Ruang kerja sedang dipakai</translation>
    </message>
    <message>
        <source>%1

Open it read-only to look without changing anything?</source>
        <translation>%1

Buka dalam mode hanya-baca untuk melihat tanpa mengubah apa pun?</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Tidak dapat membuka ruang kerja</translation>
    </message>
    <message>
        <source>The server asks for a password.

Password for %1:</source>
        <translation>Server meminta kata sandi.

Kata sandi untuk %1:</translation>
    </message>
    <message>
        <source>The server did not accept that password.

Password for %1:</source>
        <translation>Server tidak menerima kata sandi itu.

Kata sandi untuk %1:</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Masuk</translation>
    </message>
</context>
<context>
    <name>ManagerService</name>
    <message>
        <source>manager name</source>
        <translation>nama manajer</translation>
    </message>
    <message>
        <source>a manager named &apos;%1&apos; already exists; manager names must be unique (ignoring case and spaces)</source>
        <translation>manajer bernama &apos;%1&apos; sudah ada; nama manajer harus unik (huruf besar/kecil dan spasi tidak dibedakan)</translation>
    </message>
    <message>
        <source>the manager no longer exists</source>
        <translation>manajer sudah tidak ada</translation>
    </message>
</context>
<context>
    <name>MediaKit</name>
    <message>
        <source>there is no creator with id %1</source>
        <translation>tidak ada kreator dengan id %1</translation>
    </message>
    <message>
        <source>Write a creator&apos;s one-page media kit as a PDF: platforms, engagement, growth, audience, latest collaborations, rate card.</source>
        <translation>Tulis media kit satu halaman milik kreator sebagai PDF: platform, engagement, pertumbuhan, audiens, kolaborasi terbaru, rate card.</translation>
    </message>
    <message>
        <source>The creator, by name.</source>
        <translation>Kreator, berdasarkan nama.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>File PDF yang akan ditulis.</translation>
    </message>
    <message>
        <source>The media kit&apos;s language: en or id (default the app&apos;s language, from the system&apos;s).</source>
        <translation>Bahasa media kit: en atau id (bawaan: bahasa aplikasi, mengikuti sistem).</translation>
    </message>
    <message>
        <source>Count numbers dated on or before DATE (YYYY-MM-DD; default today).</source>
        <translation>Hitung angka yang bertanggal pada atau sebelum DATE (YYYY-MM-DD; bawaan: hari ini).</translation>
    </message>
    <message>
        <source>name the creator with --creator X</source>
        <translation>sebutkan kreatornya dengan --creator X</translation>
    </message>
    <message>
        <source>name the file to write with --pdf OUT.pdf</source>
        <translation>sebutkan file yang akan ditulis dengan --pdf OUT.pdf</translation>
    </message>
    <message>
        <source>Wrote the media kit of %1 to %2.</source>
        <translation>Media kit %1 ditulis ke %2.</translation>
    </message>
</context>
<context>
    <name>MetricEntry</name>
    <message>
        <source>the deliverable no longer exists</source>
        <translation>konten sudah tidak ada</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no post link and posted date yet: edit the deliverable to add them, then record its numbers</source>
        <translation>&apos;%1&apos; belum punya tautan postingan dan tanggal posting: ubah kontennya untuk menambahkannya, lalu catat angkanya</translation>
    </message>
    <message>
        <source>no number was given for &apos;%1&apos;: type at least one, such as views or likes</source>
        <translation>belum ada angka untuk &apos;%1&apos;: isi minimal satu, misalnya tayangan atau suka</translation>
    </message>
    <message>
        <source>revenue is in %1 but the campaign counts in %2</source>
        <translation>pendapatan dalam %1, padahal kampanye memakai %2</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>unknown currency &apos;%1&apos;: use an ISO 4217 code such as IDR or USD</source>
        <translation>mata uang &apos;%1&apos; tidak dikenal: gunakan kode ISO 4217 seperti IDR atau USD</translation>
    </message>
    <message>
        <source>an amount is required</source>
        <translation>jumlah wajib diisi</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a plain amount: leave out currency symbols and letters (write 1500000 or 1,250.50; the currency is %2)</source>
        <translation>&apos;%1&apos; bukan jumlah biasa: hapus simbol mata uang dan huruf (tulis 1500000 atau 1,250.50; mata uangnya %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount: write digits with an optional decimal point and &apos;,&apos; between thousands, like 1500000 or 1,250.50</source>
        <translation>&apos;%1&apos; bukan jumlah yang valid: tulis angka, boleh dengan titik desimal dan &apos;,&apos; sebagai pemisah ribuan, seperti 1500000 atau 1,250.50</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has decimals, but %2 amounts are whole numbers (write %3)</source>
        <translation>&apos;%1&apos; memakai desimal, padahal jumlah dalam %2 berupa bilangan bulat (tulis %3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has %2 decimals, but %3 amounts have at most %4</source>
        <translation>&apos;%1&apos; punya %2 angka desimal, padahal jumlah dalam %3 maksimal %4 desimal</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large an amount</source>
        <translation>jumlah &apos;%1&apos; terlalu besar</translation>
    </message>
    <message>
        <source>cannot add %1 to %2: amounts in different currencies are never mixed</source>
        <translation>tidak dapat menambahkan %1 ke %2: jumlah dalam mata uang berbeda tidak pernah dicampur</translation>
    </message>
    <message>
        <source>the total is too large to compute</source>
        <translation>totalnya terlalu besar untuk dihitung</translation>
    </message>
    <message>
        <source>cannot subtract %1 from %2: amounts in different currencies are never mixed</source>
        <translation>tidak dapat mengurangkan %1 dari %2: jumlah dalam mata uang berbeda tidak pernah dicampur</translation>
    </message>
    <message>
        <source>the difference is too large to compute</source>
        <translation>selisihnya terlalu besar untuk dihitung</translation>
    </message>
    <message>
        <source>the amount is too large to compute</source>
        <translation>jumlahnya terlalu besar untuk dihitung</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount in %2: write it like %3</source>
        <translation>&apos;%1&apos; bukan jumlah dalam %2: tulis seperti %3</translation>
    </message>
</context>
<context>
    <name>Move</name>
    <message>
        <source>Copy a whole workspace between a file and a PostgreSQL server, checked; the source is left as it is.</source>
        <translation>Salin seluruh ruang kerja antara file dan server PostgreSQL, diperiksa; sumbernya dibiarkan seperti semula.</translation>
    </message>
    <message>
        <source>The workspace to copy: a file, or postgresql://user@host/database.</source>
        <translation>Ruang kerja yang disalin: file, atau postgresql://user@host/database.</translation>
    </message>
    <message>
        <source>Where to copy it: a new file, or an empty database on a server (postgresql://...).</source>
        <translation>Tujuan salinan: file baru, atau database kosong di server (postgresql://...).</translation>
    </message>
    <message>
        <source>name both sides: move --from SRC --to DST (a file, or postgresql://user@host/database)</source>
        <translation>sebutkan kedua sisi: move --from SRC --to DST (file, atau postgresql://user@host/database)</translation>
    </message>
    <message>
        <source>Copying %1 (%2 rows)...</source>
        <translation>Menyalin %1 (%2 baris)...</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Copied %1 rows in %2 tables from %3 to %4; every table&apos;s row count and content hash are the same on both sides.</source>
        <translation>%1 baris dalam %2 tabel disalin dari %3 ke %4; jumlah baris dan hash isi setiap tabel sama di kedua sisi.</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>a %1 is required</source>
        <translation>%1 wajib diisi</translation>
    </message>
    <message>
        <source>the %1 is %2 characters long; at most %3 are allowed</source>
        <translation>%1 panjangnya %2 karakter; maksimal %3 karakter</translation>
    </message>
    <message>
        <source>the %1 contains control characters; type it again without them</source>
        <translation>%1 mengandung karakter kontrol; ketik ulang tanpa karakter tersebut</translation>
    </message>
    <message>
        <source>a handle is required (the account name, with or without @)</source>
        <translation>handle wajib diisi (nama akun, dengan atau tanpa @)</translation>
    </message>
    <message>
        <source>the handle is %1 characters long; at most %2 are allowed</source>
        <translation>handle panjangnya %1 karakter; maksimal %2 karakter</translation>
    </message>
    <message>
        <source>the handle &apos;%1&apos; contains spaces; a handle is one word such as @rina.eats</source>
        <translation>handle &apos;%1&apos; mengandung spasi; handle harus satu kata, seperti @rina.eats</translation>
    </message>
</context>
<context>
    <name>ParticipantImporter</name>
    <message>
        <source>unknown campaign &apos;%1&apos;: import campaigns.csv first</source>
        <translation>kampanye &apos;%1&apos; tidak dikenal: impor campaigns.csv dulu</translation>
    </message>
    <message>
        <source>&apos;%1&apos; differs from the campaign&apos;s currency %2; a campaign has one currency</source>
        <translation>&apos;%1&apos; berbeda dengan mata uang kampanye %2; satu kampanye hanya memakai satu mata uang</translation>
    </message>
</context>
<context>
    <name>ParticipantLookup</name>
    <message>
        <source>unknown campaign &apos;%1&apos;: import campaigns.csv first</source>
        <translation>kampanye &apos;%1&apos; tidak dikenal: impor campaigns.csv dulu</translation>
    </message>
    <message>
        <source>unknown creator &apos;%1&apos;: import creators.csv first</source>
        <translation>kreator &apos;%1&apos; tidak dikenal: impor creators.csv dulu</translation>
    </message>
    <message>
        <source>%1 is not in the campaign %2: add them in participants.csv first</source>
        <translation>%1 tidak ada di kampanye %2: tambahkan dulu di participants.csv</translation>
    </message>
</context>
<context>
    <name>ParticipantService</name>
    <message>
        <source>fee</source>
        <translation>fee</translation>
    </message>
    <message>
        <source>product value</source>
        <translation>nilai produk</translation>
    </message>
    <message>
        <source>point value</source>
        <translation>nilai poin</translation>
    </message>
    <message>
        <source>deposit</source>
        <translation>uang muka</translation>
    </message>
    <message>
        <source>the %1 is in %2 but the campaign is in %3; a campaign has one currency</source>
        <translation>%1 dalam %2, tetapi kampanye dalam %3; satu kampanye hanya memakai satu mata uang</translation>
    </message>
    <message>
        <source>the %1 cannot be negative (%2)</source>
        <translation>%1 tidak boleh negatif (%2)</translation>
    </message>
    <message>
        <source>the commission must be between 0% and 100%</source>
        <translation>komisi harus antara 0% dan 100%</translation>
    </message>
    <message>
        <source>points cannot be negative</source>
        <translation>poin tidak boleh negatif</translation>
    </message>
    <message>
        <source>the deposit %1 is more than the fee %2; a deposit is the part of the fee paid in advance</source>
        <translation>uang muka %1 lebih besar dari fee %2; uang muka adalah bagian fee yang dibayar di awal</translation>
    </message>
    <message>
        <source>unknown campaign &apos;%1&apos;</source>
        <translation>kampanye &apos;%1&apos; tidak dikenal</translation>
    </message>
    <message>
        <source>unknown creator &apos;%1&apos;: add the creator to the roster first</source>
        <translation>kreator &apos;%1&apos; tidak dikenal: tambahkan dulu kreatornya ke daftar kreator</translation>
    </message>
    <message>
        <source>%1 is archived; unarchive the creator before adding them to a campaign</source>
        <translation>%1 sudah diarsipkan; keluarkan kreator ini dari arsip sebelum menambahkannya ke kampanye</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>catatan</translation>
    </message>
    <message>
        <source>%1 is already in %2</source>
        <translation>%1 sudah ada di %2</translation>
    </message>
    <message>
        <source>the participant no longer exists</source>
        <translation>peserta sudah tidak ada</translation>
    </message>
    <message>
        <source>%1 has payments on invoice %2; void the invoice first</source>
        <translation>%1 punya pembayaran di tagihan %2; batalkan tagihannya dulu</translation>
    </message>
    <message>
        <source>points: %1 is more than %2; check the number</source>
        <translation>poin: %1 lebih dari %2; periksa angkanya</translation>
    </message>
</context>
<context>
    <name>PaymentActions</name>
    <message>
        <source>Pay %1 of %2&apos;s %3</source>
        <translation>Bayar %1 dari %3 %2</translation>
    </message>
    <message>
        <source>Mark %1&apos;s %2 paid</source>
        <translation>Tandai %2 %1 dibayar</translation>
    </message>
    <message>
        <source>Edit payment</source>
        <translation>Ubah pembayaran</translation>
    </message>
    <message>
        <source>Add payment</source>
        <translation>Tambah pembayaran</translation>
    </message>
    <message>
        <source>%1&apos;s %2 was paid and is kept as a tax record</source>
        <translation>%2 %1 sudah dibayar dan disimpan sebagai catatan pajak</translation>
    </message>
    <message>
        <source>%1&apos;s %2 is on invoice %3; void the invoice first</source>
        <translation>%2 %1 sudah masuk tagihan %3; batalkan tagihannya dulu</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n payment(s)</source>
        <translation>
            <numerusform>Hapus %Ln pembayaran</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft payment schedule</source>
        <translation>Buat draf jadwal pembayaran</translation>
    </message>
    <message>
        <source>choose the receivables to invoice</source>
        <translation>pilih piutang yang akan ditagihkan</translation>
    </message>
    <message>
        <source>only receivables (money the brand owes) go on an invoice; %1&apos;s %2 is a payable</source>
        <translation>hanya piutang (uang yang terutang oleh brand) yang bisa masuk tagihan; %2 %1 adalah utang</translation>
    </message>
    <message>
        <source>an invoice is for one brand in one currency; choose receivables of %1 in %2 only</source>
        <translation>satu tagihan untuk satu brand dalam satu mata uang; pilih hanya piutang %1 dalam %2</translation>
    </message>
    <message>
        <source>Create invoice %1 for %2</source>
        <translation>Buat tagihan %1 untuk %2</translation>
    </message>
    <message>
        <source>Void invoice %1</source>
        <translation>Batalkan tagihan %1</translation>
    </message>
</context>
<context>
    <name>PaymentImporter</name>
    <message>
        <source>&apos;%1&apos; differs from the campaign&apos;s currency %2; a campaign has one currency</source>
        <translation>&apos;%1&apos; berbeda dengan mata uang kampanye %2; satu kampanye hanya memakai satu mata uang</translation>
    </message>
    <message>
        <source>a payment&apos;s amount must be more than zero</source>
        <translation>jumlah pembayaran harus lebih dari nol</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not match: a new payment is on no invoice; create invoices in CollabDesk or with &apos;invoice create&apos;</source>
        <translation>&apos;%1&apos; tidak cocok: pembayaran baru belum masuk tagihan mana pun; buat tagihan di CollabDesk atau dengan &apos;invoice create&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not match payment %2&apos;s invoice &apos;%3&apos;</source>
        <translation>&apos;%1&apos; tidak cocok dengan tagihan &apos;%3&apos; milik pembayaran %2</translation>
    </message>
    <message>
        <source>payment %1 was paid on %2; an import never changes a paid payment</source>
        <translation>pembayaran %1 sudah dibayar pada %2; impor tidak pernah mengubah pembayaran yang sudah dibayar</translation>
    </message>
    <message>
        <source>payment %1 belongs to another campaign or creator</source>
        <translation>pembayaran %1 milik kampanye atau kreator lain</translation>
    </message>
</context>
<context>
    <name>PaymentLedger</name>
    <message>
        <source>there is no payment %1; &apos;collabdesk-cli payments&apos; lists them with their ids</source>
        <translation>tidak ada pembayaran %1; &apos;collabdesk-cli payments&apos; menampilkan daftarnya beserta id-nya</translation>
    </message>
</context>
<context>
    <name>PaymentListModel</name>
    <message>
        <source>Deposit</source>
        <translation>Uang muka</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Komisi</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poin</translation>
    </message>
    <message>
        <source>Kill fee</source>
        <translation>Biaya pembatalan</translation>
    </message>
    <message>
        <source>Reimbursement</source>
        <translation>Penggantian biaya</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Arah</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanye</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Kreator</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>Dipotong</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Tagihan</translation>
    </message>
    <message>
        <source>Method / reference</source>
        <translation>Metode / referensi</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Terlambat</translation>
    </message>
</context>
<context>
    <name>PaymentService</name>
    <message>
        <source>there is no payment %1; &apos;collabdesk-cli payments&apos; lists them with their ids</source>
        <translation>tidak ada pembayaran %1; &apos;collabdesk-cli payments&apos; menampilkan daftarnya beserta id-nya</translation>
    </message>
    <message>
        <source>there is no such creator in a campaign (participant %1)</source>
        <translation>kreator ini tidak ada di kampanye mana pun (peserta %1)</translation>
    </message>
    <message>
        <source>the amount is in %1 but %2 is in %3; a campaign has one currency</source>
        <translation>jumlahnya dalam %1, tetapi %2 dalam %3; satu kampanye hanya memakai satu mata uang</translation>
    </message>
    <message>
        <source>the amount must be more than zero (got %1)</source>
        <translation>jumlah harus lebih dari nol (diisi %1)</translation>
    </message>
    <message>
        <source>a creator&apos;s payable can only belong to a receivable of the same creator and campaign</source>
        <translation>utang kepada kreator hanya bisa dikaitkan dengan piutang dari kreator dan kampanye yang sama</translation>
    </message>
    <message>
        <source>payment %1 was paid on %2; only its method, reference and note can change (undo the payment to change the rest)</source>
        <translation>pembayaran %1 sudah dibayar pada %2; hanya metode, referensi, dan catatannya yang bisa diubah (urungkan pembayarannya untuk mengubah yang lain)</translation>
    </message>
    <message>
        <source>payment %1 is on an invoice; void the invoice before changing its amount or kind</source>
        <translation>pembayaran %1 sudah masuk tagihan; batalkan tagihannya sebelum mengubah jumlah atau jenisnya</translation>
    </message>
    <message>
        <source>payment %1 was paid on %2 and is kept as a tax record; it cannot be deleted</source>
        <translation>pembayaran %1 sudah dibayar pada %2 dan disimpan sebagai catatan pajak; pembayaran ini tidak bisa dihapus</translation>
    </message>
    <message>
        <source>payment %1 is on an invoice; void the invoice first</source>
        <translation>pembayaran %1 sudah masuk tagihan; batalkan tagihannya dulu</translation>
    </message>
    <message>
        <source>payment %1 was already paid on %2</source>
        <translation>pembayaran %1 sudah dibayar pada %2</translation>
    </message>
    <message>
        <source>give the date it was paid</source>
        <translation>isi tanggal pembayarannya</translation>
    </message>
    <message>
        <source>the amount paid is in %1 but the payment is in %2</source>
        <translation>jumlah yang dibayar dalam %1, tetapi pembayarannya dalam %2</translation>
    </message>
    <message>
        <source>the amount paid must be more than zero and at most the %1 owed (got %2)</source>
        <translation>jumlah yang dibayar harus lebih dari nol dan paling banyak %1 yang terutang (diisi %2)</translation>
    </message>
    <message>
        <source>%1 in %2: status is %3, not confirmed or completed</source>
        <translation>%1 di %2: statusnya %3, bukan dikonfirmasi atau selesai</translation>
    </message>
    <message>
        <source>a brand workspace has only payables; to invoice brands, set the perspective to agency (Settings &gt; Money, or collabdesk-cli settings perspective agency)</source>
        <translation>ruang kerja brand hanya punya utang; untuk menagih brand, ubah perspektif menjadi agensi (Pengaturan &gt; Keuangan, atau collabdesk-cli settings perspective agency)</translation>
    </message>
</context>
<context>
    <name>Payments</name>
    <message>
        <source>Payments: list them with their status as of a date, draft a campaign&apos;s schedule from the terms (&apos;payments draft&apos;), or record one as paid (&apos;payments pay&apos;, in part with --amount).</source>
        <translation>Pembayaran: tampilkan daftarnya beserta status per tanggal tertentu, buat draf jadwal pembayaran kampanye dari ketentuannya (&apos;payments draft&apos;), atau catat pembayaran sebagai dibayar (&apos;payments pay&apos;, sebagian dengan --amount).</translation>
    </message>
    <message>
        <source>Status and ageing as of DATE (default today).</source>
        <translation>Status dan umur pembayaran per DATE (bawaan: hari ini).</translation>
    </message>
    <message>
        <source>open, due, overdue, paid or all (default all).</source>
        <translation>open, due, overdue, paid, atau all (bawaan: all).</translation>
    </message>
    <message>
        <source>Only this creator&apos;s payments (or draft only theirs).</source>
        <translation>Hanya pembayaran kreator ini (atau buat draf untuk kreator ini saja).</translation>
    </message>
    <message>
        <source>Only this brand&apos;s campaigns.</source>
        <translation>Hanya kampanye brand ini.</translation>
    </message>
    <message>
        <source>The campaign to draft.</source>
        <translation>Kampanye yang jadwal pembayarannya akan dibuat drafnya.</translation>
    </message>
    <message>
        <source>Print the JSON array of formats.md.</source>
        <translation>Cetak array JSON sesuai formats.md.</translation>
    </message>
    <message>
        <source>The payment to record as paid.</source>
        <translation>Pembayaran yang akan dicatat sebagai dibayar.</translation>
    </message>
    <message>
        <source>The day it was paid (YYYY-MM-DD).</source>
        <translation>Tanggal pembayaran (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The gross part paid, when not all of it.</source>
        <translation>Bagian bruto yang dibayar, jika tidak dibayar penuh.</translation>
    </message>
    <message>
        <source>How it was paid (transfer, cash, ...).</source>
        <translation>Cara pembayaran (transfer, tunai, ...).</translation>
    </message>
    <message>
        <source>The transfer&apos;s reference.</source>
        <translation>Referensi transfer.</translation>
    </message>
    <message>
        <source>unknown payments command &apos;%1&apos;: use payments, payments draft or payments pay</source>
        <translation>perintah payments &apos;%1&apos; tidak dikenal: gunakan payments, payments draft, atau payments pay</translation>
    </message>
    <message>
        <source>--status takes open, due, overdue, paid or all</source>
        <translation>--status menerima open, due, overdue, paid, atau all</translation>
    </message>
    <message>
        <source>name the campaign to draft with --campaign C</source>
        <translation>sebutkan kampanye yang akan dibuat drafnya dengan --campaign C</translation>
    </message>
    <message>
        <source>name the payment with --id N (&apos;collabdesk-cli payments&apos; shows the ids)</source>
        <translation>sebutkan pembayarannya dengan --id N (&apos;collabdesk-cli payments&apos; menampilkan id-nya)</translation>
    </message>
    <message>
        <source>give the day it was paid with --date YYYY-MM-DD</source>
        <translation>isi tanggal pembayarannya dengan --date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos;</source>
        <translation>%1 &apos;%2&apos; tidak dikenal</translation>
    </message>
    <message>
        <source>No payments%1.</source>
        <translation>Tidak ada pembayaran%1.</translation>
    </message>
    <message>
        <source> yet; &apos;payments draft --campaign C&apos; drafts a campaign&apos;s schedule from its terms</source>
        <translation> untuk saat ini; &apos;payments draft --campaign C&apos; membuat draf jadwal pembayaran kampanye dari ketentuannya</translation>
    </message>
    <message>
        <source> match</source>
        <translation> yang cocok</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>due</source>
        <translation>jatuh tempo</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>arah</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>kampanye</translation>
    </message>
    <message>
        <source>creator</source>
        <translation>kreator</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>jenis</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>jumlah</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>dipotong</translation>
    </message>
    <message>
        <source>net</source>
        <translation>neto</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>dibayar</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>tagihan</translation>
    </message>
    <message numerus="yes">
        <source> %n day(s)</source>
        <translation>
            <numerusform> %Ln hari</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown campaign &apos;%1&apos;</source>
        <translation>kampanye &apos;%1&apos; tidak dikenal</translation>
    </message>
    <message>
        <source>%1 is not in that campaign</source>
        <translation>%1 tidak ada di kampanye itu</translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation>dilewati: %1</translation>
    </message>
    <message>
        <source>Drafted: %1 new, %2 updated, %3 removed, %4 unchanged.</source>
        <translation>Draf dibuat: %1 baru, %2 diperbarui, %3 dihapus, %4 tidak berubah.</translation>
    </message>
    <message>
        <source>--amount: %1</source>
        <translation>--amount: %1</translation>
    </message>
    <message>
        <source>Paid %1 of payment %2 on %3; the open %4 is payment %5.</source>
        <translation>%1 dari pembayaran %2 dibayar pada %3; sisa %4 yang belum lunas menjadi pembayaran %5.</translation>
    </message>
    <message>
        <source>Paid payment %1 (%2) on %3.</source>
        <translation>Pembayaran %1 (%2) dibayar pada %3.</translation>
    </message>
</context>
<context>
    <name>Pipeline</name>
    <message>
        <source>Deals per stage (offer, negotiating, contracted, in production, delivered, invoiced, paid, lost) with their count and gross per currency.</source>
        <translation>Kesepakatan per tahap (penawaran, negosiasi, dikontrak, produksi, sudah tayang, ditagihkan, dibayar, gagal) beserta jumlah kesepakatan dan bruto per mata uang.</translation>
    </message>
    <message>
        <source>Only the deals of the creators this manager manages.</source>
        <translation>Hanya kesepakatan kreator yang ditangani manajer ini.</translation>
    </message>
    <message>
        <source>Print the JSON array of formats.md.</source>
        <translation>Cetak array JSON sesuai formats.md.</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>tahap</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>kesepakatan</translation>
    </message>
    <message>
        <source>gross</source>
        <translation>bruto</translation>
    </message>
</context>
<context>
    <name>PlatformExport</name>
    <message>
        <source>%1 export</source>
        <translation>ekspor %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date this %2 uses (e.g. 09/20/2026 14:30, 2026-09-20 or Sep 20, 2026)</source>
        <translation>&apos;%1&apos; bukan format tanggal yang dipakai %2 ini (mis. 09/20/2026 14:30, 2026-09-20, atau Sep 20, 2026)</translation>
    </message>
    <message>
        <source>the %1 does not say whose post this is: give the creator (--creator NAME)</source>
        <translation>%1 tidak menyebutkan milik siapa postingan ini: sebutkan kreatornya (--creator NAME)</translation>
    </message>
    <message>
        <source>no creator has the %1 handle @%2: add it in creators.csv, or give the creator (--creator NAME)</source>
        <translation>tidak ada kreator dengan handle %1 @%2: tambahkan di creators.csv, atau sebutkan kreatornya (--creator NAME)</translation>
    </message>
    <message>
        <source>%1 (approximate counts)</source>
        <translation>%1 (angka perkiraan)</translation>
    </message>
</context>
<context>
    <name>PostMetricImporter</name>
    <message>
        <source>&apos;%1&apos; differs from the campaign&apos;s currency %2; a campaign has one currency</source>
        <translation>&apos;%1&apos; berbeda dengan mata uang kampanye %2; satu kampanye hanya memakai satu mata uang</translation>
    </message>
</context>
<context>
    <name>PostNumbers</name>
    <message>
        <source>Views</source>
        <translation>Tayangan</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Jangkauan</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Impresi</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Suka</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Dibagikan</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>Disimpan</translation>
    </message>
    <message>
        <source>Link clicks</source>
        <translation>Klik tautan</translation>
    </message>
    <message>
        <source>Promo code uses</source>
        <translation>Pemakaian kode promo</translation>
    </message>
</context>
<context>
    <name>PostService</name>
    <message>
        <source>&apos;%1&apos; is not a post URL (expected e.g. https://www.instagram.com/reel/ABC123/)</source>
        <translation>&apos;%1&apos; bukan URL postingan (contoh: https://www.instagram.com/reel/ABC123/)</translation>
    </message>
    <message>
        <source>a post needs the date it was posted</source>
        <translation>postingan memerlukan tanggal diposting</translation>
    </message>
    <message>
        <source>posted %1, but this post was recorded as posted %2; a post has one posting date</source>
        <translation>diposting %1, tetapi postingan ini tercatat diposting %2; satu postingan hanya punya satu tanggal posting</translation>
    </message>
    <message>
        <source>posted %1, but the deliverable with this URL was posted %2; a post has one posting date</source>
        <translation>diposting %1, tetapi konten dengan URL ini diposting %2; satu postingan hanya punya satu tanggal posting</translation>
    </message>
    <message>
        <source>a snapshot needs the date its numbers were read</source>
        <translation>snapshot memerlukan tanggal angka-angkanya diambil</translation>
    </message>
    <message>
        <source>the date %1 is in the future; numbers are recorded as seen</source>
        <translation>tanggal %1 ada di masa depan; angka dicatat sesuai yang sudah terlihat</translation>
    </message>
    <message>
        <source>the numbers are dated %1, before the post went up on %2</source>
        <translation>angka bertanggal %1, sebelum postingan tayang pada %2</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>caption</translation>
    </message>
    <message>
        <source>%1: date: the numbers dated %2 could not be written: %3</source>
        <translation>%1: date: angka bertanggal %2 tidak dapat ditulis: %3</translation>
    </message>
    <message>
        <source>views</source>
        <translation>tayangan</translation>
    </message>
    <message>
        <source>impressions</source>
        <translation>impresi</translation>
    </message>
    <message>
        <source>reach</source>
        <translation>jangkauan</translation>
    </message>
    <message>
        <source>likes</source>
        <translation>suka</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>komentar</translation>
    </message>
    <message>
        <source>shares</source>
        <translation>dibagikan</translation>
    </message>
    <message>
        <source>saves</source>
        <translation>disimpan</translation>
    </message>
    <message>
        <source>link clicks</source>
        <translation>klik tautan</translation>
    </message>
    <message>
        <source>promo code uses</source>
        <translation>pemakaian kode promo</translation>
    </message>
    <message>
        <source>%1 cannot be negative (%2)</source>
        <translation>%1 tidak boleh negatif (%2)</translation>
    </message>
    <message>
        <source>%1: %2 is more than %3; check the number</source>
        <translation>%1: %2 lebih dari %3; periksa angkanya</translation>
    </message>
</context>
<context>
    <name>RateEstimate</name>
    <message>
        <source>%1 tier, typical Indonesian fee per post</source>
        <translation>tier %1, fee umum di Indonesia per postingan</translation>
    </message>
    <message>
        <source>%1 (or free product)</source>
        <translation>%1 (atau produk gratis)</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>lebih dari %1</translation>
    </message>
    <message>
        <source>$1,000 per 100,000 followers</source>
        <translation>$1.000 per 100.000 pengikut</translation>
    </message>
    <message>
        <source>$2,000 per 100,000 subscribers</source>
        <translation>$2.000 per 100.000 subscriber</translation>
    </message>
    <message>
        <source>%1 × 0.75–1.25 for %2</source>
        <translation>%1 × 0,75–1,25 untuk %2</translation>
    </message>
</context>
<context>
    <name>RecordImage</name>
    <message>
        <source>other records now refer to it</source>
        <translation>data lain sekarang merujuk ke data ini</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>reading %1 failed: %2</source>
        <translation>gagal membaca %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%Ln baris</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Write a campaign&apos;s report for the client as a PDF: results, charts, creators, compliance.</source>
        <translation>Tulis laporan kampanye untuk klien sebagai PDF: hasil, grafik, kreator, kepatuhan.</translation>
    </message>
    <message>
        <source>The campaign, by name.</source>
        <translation>Kampanye, berdasarkan nama.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>File PDF yang akan ditulis.</translation>
    </message>
    <message>
        <source>Count numbers dated on or before DATE (YYYY-MM-DD; default today).</source>
        <translation>Hitung angka yang bertanggal pada atau sebelum DATE (YYYY-MM-DD; bawaan: hari ini).</translation>
    </message>
    <message>
        <source>The report&apos;s language: en or id (default the app&apos;s language, from the system&apos;s).</source>
        <translation>Bahasa laporan: en atau id (bawaan: bahasa aplikasi, mengikuti sistem).</translation>
    </message>
    <message>
        <source>name the campaign with --campaign NAME</source>
        <translation>sebutkan kampanyenya dengan --campaign NAME</translation>
    </message>
    <message>
        <source>name the file to write with --pdf OUT.pdf</source>
        <translation>sebutkan file yang akan ditulis dengan --pdf OUT.pdf</translation>
    </message>
    <message>
        <source>there is no campaign named &apos;%1&apos;; `collabdesk-cli list campaigns` shows them</source>
        <translation>tidak ada kampanye bernama &apos;%1&apos;; `collabdesk-cli list campaigns` menampilkan daftarnya</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the report of %1 as of %2 (%n page(s)) to %3.</source>
        <translation>
            <numerusform>Laporan %1 per %2 (%Ln halaman) ditulis ke %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>Replace the workspace with a checked backup; the replaced one is kept beside it as a backup.</source>
        <translation>Ganti ruang kerja dengan cadangan yang sudah diperiksa; ruang kerja yang diganti disimpan di sebelahnya sebagai cadangan.</translation>
    </message>
    <message>
        <source>Replace an existing workspace (it is kept as NAME.before-restore-*.bak).</source>
        <translation>Ganti ruang kerja yang sudah ada (disimpan sebagai NAME.before-restore-*.bak).</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 tidak dapat dipulihkan: %2</translation>
    </message>
    <message>
        <source>this replaces the workspace %1 with %2; the current one will be kept as a backup beside it. Run again with --force to go ahead.</source>
        <translation>ini akan mengganti ruang kerja %1 dengan %2; ruang kerja saat ini akan disimpan sebagai cadangan di sebelahnya. Jalankan lagi dengan --force untuk melanjutkan.</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>%1 dipulihkan dari %2.</translation>
    </message>
    <message>
        <source>Restored %1 from %2; the previous workspace is kept at %3.</source>
        <translation>%1 dipulihkan dari %2; ruang kerja sebelumnya disimpan di %3.</translation>
    </message>
</context>
<context>
    <name>Rights</name>
    <message>
        <source>Content usage rights ending within DAYS, and rights that ended while the content is still in use.</source>
        <translation>Hak penggunaan konten yang berakhir dalam DAYS hari, dan hak yang sudah berakhir padahal kontennya masih dipakai.</translation>
    </message>
    <message>
        <source>Days ahead to look (0 or more).</source>
        <translation>Jumlah hari ke depan yang diperiksa (0 atau lebih).</translation>
    </message>
    <message>
        <source>Count days from DATE (YYYY-MM-DD; default today).</source>
        <translation>Hitung hari mulai DATE (YYYY-MM-DD; bawaan: hari ini).</translation>
    </message>
    <message>
        <source>give the days ahead with --expiring DAYS (a whole number, 0 or more)</source>
        <translation>isi jumlah hari ke depan dengan --expiring DAYS (bilangan bulat, 0 atau lebih)</translation>
    </message>
    <message>
        <source>No usage rights need a look as of %1.
</source>
        <translation>Per %1, tidak ada hak penggunaan yang perlu diperiksa.
</translation>
    </message>
    <message>
        <source>no channels listed</source>
        <translation>tidak ada kanal yang dicantumkan</translation>
    </message>
    <message>
        <source>EXPIRING %1 for %2 (%3, contract %4): ends %5, %6; %7
</source>
        <translation>BERAKHIR %1 untuk %2 (%3, kontrak %4): berakhir %5, %6; %7
</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hari ini</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dalam %Ln hari</numerusform>
        </translation>
    </message>
    <message>
        <source>IN USE   %1 for %2 (%3, contract %4): ended %5, %6, still in use; %7
</source>
        <translation>DIPAKAI  %1 untuk %2 (%3, kontrak %4): berakhir %5, %6, masih dipakai; %7
</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%Ln hari lalu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveFile</name>
    <message>
        <source>the data could not be written to the disk</source>
        <translation>datanya tidak dapat ditulis ke disk</translation>
    </message>
</context>
<context>
    <name>Series</name>
    <message>
        <source>the campaign no longer exists</source>
        <translation>kampanye sudah tidak ada</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>On a server workspace, set up who may change what: admins change everything, each talent manager changes only their own creators&apos; records and reads the rest.</source>
        <translation>Pada ruang kerja di server, atur siapa boleh mengubah apa: admin mengubah semuanya, setiap manajer talenta hanya mengubah data kreatornya sendiri dan membaca sisanya.</translation>
    </message>
    <message>
        <source>A login role that may change everything (repeat for several).</source>
        <translation>Role login yang boleh mengubah semuanya (ulangi untuk beberapa).</translation>
    </message>
    <message>
        <source>A talent manager of the workspace, by name, and the login role they sign in as (repeat for several).</source>
        <translation>Manajer talenta di ruang kerja, menurut namanya, dan role login yang ia pakai untuk masuk (ulangi untuk beberapa).</translation>
    </message>
    <message>
        <source>unknown server command &apos;%1&apos;: use server init-roles</source>
        <translation>perintah server &apos;%1&apos; tidak dikenal: gunakan server init-roles</translation>
    </message>
    <message>
        <source>--manager takes the manager&apos;s name and their role as NAME=ROLE, not %1</source>
        <translation>--manager menerima nama manajer dan role-nya sebagai NAMA=ROLE, bukan %1</translation>
    </message>
    <message>
        <source>Roles ready on %1: collabdesk_admin changes everything; collabdesk_manager reads everything and changes only its own creators&apos; records.</source>
        <translation>Role siap di %1: collabdesk_admin mengubah semuanya; collabdesk_manager membaca semuanya dan hanya mengubah data kreatornya sendiri.</translation>
    </message>
    <message>
        <source>%1 is an admin.</source>
        <translation>%1 adalah admin.</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manajer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Signs in</source>
        <translation>Bisa masuk</translation>
    </message>
    <message>
        <source>no: give a role with --manager NAME=ROLE</source>
        <translation>tidak: beri role dengan --manager NAMA=ROLE</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no: the server has no such role</source>
        <translation>tidak: role itu tidak ada di server</translation>
    </message>
</context>
<context>
    <name>SettingKeys</name>
    <message>
        <source>%1 must be brand or agency (got &apos;%2&apos;)</source>
        <translation>%1 harus brand atau agency (diisi &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>%1 must be a whole number of days from 0 to 3650 (got &apos;%2&apos;)</source>
        <translation>%1 harus berupa jumlah hari (bilangan bulat) dari 0 sampai 3650 (diisi &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>%1 must be a percent from 0 to 100 with at most two decimals, like 20 or 2.5 (got &apos;%2&apos;)</source>
        <translation>%1 harus persentase dari 0 sampai 100 dengan paling banyak dua desimal, misalnya 20 atau 2.5 (diisi &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>%1 must be yes or no (got &apos;%2&apos;)</source>
        <translation>%1 harus yes atau no (diisi &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>%1 must hold {NNNN} once, where the invoice&apos;s running number goes, like INV/{YYYY}/{NNNN} (got &apos;%2&apos;)</source>
        <translation>%1 harus memuat {NNNN} satu kali di posisi nomor urut tagihan, misalnya INV/{YYYY}/{NNNN} (diisi &apos;%2&apos;)</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>tier thresholds must grow: micro (%1) &lt; macro (%2) &lt; mega (%3), all above 0</source>
        <translation>batas tier harus makin besar: mikro (%1) &lt; makro (%2) &lt; mega (%3), semuanya di atas 0</translation>
    </message>
    <message>
        <source>List the workspace settings, show one, or set one (perspective, payment terms, agency rate, taxes, your company, the invoice number pattern).</source>
        <translation>Tampilkan daftar pengaturan ruang kerja, lihat satu pengaturan, atau ubah satu pengaturan (perspektif, termin pembayaran, tarif agensi, pajak, perusahaan Anda, pola nomor tagihan).</translation>
    </message>
    <message>
        <source>settings takes at most a key and a value; quote a value with spaces</source>
        <translation>settings menerima paling banyak satu kunci dan satu nilai; beri tanda kutip pada nilai yang mengandung spasi</translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos;: use one of %2</source>
        <translation>pengaturan &apos;%1&apos; tidak dikenal: gunakan salah satu dari %2</translation>
    </message>
    <message>
        <source>key</source>
        <translation>kunci</translation>
    </message>
    <message>
        <source>value</source>
        <translation>nilai</translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>A creator&apos;s statement for a period (agency workspaces): gross, agency fee, share, tax withheld, paid and owed, as JSON or a PDF.</source>
        <translation>Laporan saldo kreator untuk satu periode (ruang kerja agensi): bruto, fee agensi, bagian kreator, pajak dipotong, dibayar, dan terutang, sebagai JSON atau PDF.</translation>
    </message>
    <message>
        <source>The creator, by name.</source>
        <translation>Kreator, berdasarkan nama.</translation>
    </message>
    <message>
        <source>The period&apos;s first day.</source>
        <translation>Hari pertama periode.</translation>
    </message>
    <message>
        <source>The period&apos;s last day.</source>
        <translation>Hari terakhir periode.</translation>
    </message>
    <message>
        <source>Print the JSON array of formats.md.</source>
        <translation>Cetak array JSON sesuai formats.md.</translation>
    </message>
    <message>
        <source>The PDF file to write (one per currency: -USD.pdf and so on after the first).</source>
        <translation>File PDF yang akan ditulis (satu per mata uang: -USD.pdf dan seterusnya setelah yang pertama).</translation>
    </message>
    <message>
        <source>The PDF&apos;s language: en or id (default en).</source>
        <translation>Bahasa PDF: en atau id (bawaan: en).</translation>
    </message>
    <message>
        <source>name the creator with --creator X</source>
        <translation>sebutkan kreatornya dengan --creator X</translation>
    </message>
    <message>
        <source>give the period with --from D --to D</source>
        <translation>isi periodenya dengan --from D --to D</translation>
    </message>
    <message>
        <source>choose --json or --pdf OUT</source>
        <translation>pilih --json atau --pdf OUT</translation>
    </message>
    <message>
        <source>%1 has no payments in any currency; there is nothing to state</source>
        <translation>%1 tidak punya pembayaran dalam mata uang apa pun; tidak ada yang perlu dilaporkan</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2, %n page(s))</source>
        <translation>
            <numerusform>%1 ditulis (%2, %Ln halaman)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaxProfiles</name>
    <message>
        <source>an NPWP holds digits only (dots and dashes are fine): &apos;%1&apos;</source>
        <translation>NPWP hanya berisi angka (titik dan tanda hubung boleh): &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>an NPWP has 16 digits (or 15 in the old form); &apos;%1&apos; has %n</source>
        <translation>
            <numerusform>NPWP terdiri dari 16 digit (atau 15 untuk format lama); &apos;%1&apos; berisi %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>the creator no longer exists</source>
        <translation>kreator sudah tidak ada</translation>
    </message>
    <message>
        <source>the agency rate must be between 0% and 100%</source>
        <translation>tarif agensi harus antara 0% dan 100%</translation>
    </message>
</context>
<context>
    <name>TeamRoles</name>
    <message>
        <source>the server has no role %1; make it first (createuser --pwprompt %1)</source>
        <translation>server tidak memiliki role %1; buat dulu (createuser --pwprompt %1)</translation>
    </message>
    <message>
        <source>the workspace has no manager %1 (managers are listed in Settings, Managers)</source>
        <translation>ruang kerja tidak memiliki manajer %1 (daftar manajer ada di Pengaturan, Manajer)</translation>
    </message>
    <message>
        <source>the role %1 already belongs to the manager %2</source>
        <translation>role %1 sudah dimiliki manajer %2</translation>
    </message>
    <message>
        <source>people and their rights belong to a workspace on a server; %1 is a file, which one person at a time works in</source>
        <translation>pengguna dan hak aksesnya hanya ada pada ruang kerja di server; %1 adalah file, yang dikerjakan satu orang dalam satu waktu</translation>
    </message>
    <message>
        <source>%1 is another manager&apos;s creator: you can read their records, but only their manager or an admin can change them</source>
        <translation>%1 adalah kreator manajer lain: Anda bisa membaca datanya, tetapi hanya manajernya atau admin yang bisa mengubahnya</translation>
    </message>
    <message>
        <source>%1 has no manager: you can read their records, but only an admin can change them, or make you their manager</source>
        <translation>%1 belum punya manajer: Anda bisa membaca datanya, tetapi hanya admin yang bisa mengubahnya, atau menjadikan Anda manajernya</translation>
    </message>
    <message>
        <source>the workspace&apos;s tables cannot be found; run collabdesk-cli check on it</source>
        <translation>tabel ruang kerja tidak ditemukan; jalankan collabdesk-cli check padanya</translation>
    </message>
    <message>
        <source>signed in as %1, you cannot set the team&apos;s roles up: that takes the workspace&apos;s owner (%2) with the right to create roles (CREATEROLE), or a superuser</source>
        <translation>masuk sebagai %1, Anda tidak bisa mengatur role tim: itu perlu pemilik ruang kerja (%2) dengan hak membuat role (CREATEROLE), atau superuser</translation>
    </message>
</context>
<context>
    <name>Tier</name>
    <message>
        <source>Nano</source>
        <translation>Nano</translation>
    </message>
    <message>
        <source>Micro</source>
        <translation>Mikro</translation>
    </message>
    <message>
        <source>Macro</source>
        <translation>Makro</translation>
    </message>
    <message>
        <source>Mega</source>
        <translation>Mega</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Campaign starts</source>
        <translation>Kampanye dimulai</translation>
    </message>
    <message>
        <source>Posting window opens</source>
        <translation>Periode posting dibuka</translation>
    </message>
    <message>
        <source>Due, late: %1, %2</source>
        <translation>Tenggat, terlambat: %1, %2</translation>
    </message>
    <message>
        <source>Due: %1, %2</source>
        <translation>Tenggat: %1, %2</translation>
    </message>
    <message>
        <source>Posted: %1</source>
        <translation>Diposting: %1</translation>
    </message>
    <message>
        <source>Posting window closes</source>
        <translation>Periode posting ditutup</translation>
    </message>
    <message>
        <source>Campaign ends</source>
        <translation>Kampanye berakhir</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <source>no due date</source>
        <translation>tanpa jatuh tempo</translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>jatuh tempo dalam %Ln hari</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>jatuh tempo hari ini</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>terlambat %Ln hari</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>lewat jatuh tempo %Ln hari</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>hari ini</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%Ln hari lalu</numerusform>
        </translation>
    </message>
    <message>
        <source>deposit</source>
        <translation>uang muka</translation>
    </message>
    <message>
        <source>fee</source>
        <translation>fee</translation>
    </message>
    <message>
        <source>commission</source>
        <translation>komisi</translation>
    </message>
    <message>
        <source>points</source>
        <translation>poin</translation>
    </message>
    <message>
        <source>kill fee</source>
        <translation>biaya pembatalan</translation>
    </message>
    <message>
        <source>reimbursement</source>
        <translation>penggantian biaya</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>pembayaran</translation>
    </message>
    <message>
        <source>draft submitted, %1</source>
        <translation>draf dikirim, %1</translation>
    </message>
    <message>
        <source>Offer: no fee yet</source>
        <translation>Penawaran: belum ada fee</translation>
    </message>
    <message>
        <source>Offer: fee %1</source>
        <translation>Penawaran: fee %1</translation>
    </message>
    <message numerus="yes">
        <source>campaign starts in %n day(s)</source>
        <translation>
            <numerusform>kampanye dimulai dalam %Ln hari</numerusform>
        </translation>
    </message>
    <message>
        <source>campaign starts today</source>
        <translation>kampanye dimulai hari ini</translation>
    </message>
    <message numerus="yes">
        <source>campaign started %n day(s) ago</source>
        <translation>
            <numerusform>kampanye dimulai %Ln hari lalu</numerusform>
        </translation>
    </message>
    <message>
        <source>invited, %1</source>
        <translation>diundang, %1</translation>
    </message>
    <message>
        <source>negotiating, %1</source>
        <translation>negosiasi, %1</translation>
    </message>
    <message>
        <source>Contract: draft</source>
        <translation>Kontrak: draf</translation>
    </message>
    <message>
        <source>not sent yet, drafted %1</source>
        <translation>belum dikirim, draf dibuat %1</translation>
    </message>
    <message>
        <source>Contract: sent</source>
        <translation>Kontrak: dikirim</translation>
    </message>
    <message>
        <source>sent %1, no answer since</source>
        <translation>dikirim %1, belum ada jawaban</translation>
    </message>
    <message>
        <source>Contract: negotiating</source>
        <translation>Kontrak: negosiasi</translation>
    </message>
    <message>
        <source>negotiating, last change %1</source>
        <translation>negosiasi, perubahan terakhir %1</translation>
    </message>
    <message>
        <source>Collect %1 %2</source>
        <translation>Tagih %1 %2</translation>
    </message>
    <message>
        <source>Usage rights</source>
        <translation>Hak penggunaan</translation>
    </message>
    <message>
        <source>Usage rights: %1</source>
        <translation>Hak penggunaan: %1</translation>
    </message>
    <message>
        <source>expires today</source>
        <translation>berakhir hari ini</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>berakhir dalam %Ln hari</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago, still in use</source>
        <translation>
            <numerusform>berakhir %Ln hari lalu, masih dipakai</numerusform>
        </translation>
    </message>
    <message>
        <source>Exclusive to %1</source>
        <translation>Eksklusif dengan %1</translation>
    </message>
    <message>
        <source>Exclusive to %1 for %2</source>
        <translation>Eksklusif dengan %1 untuk %2</translation>
    </message>
    <message>
        <source>%1 (not signed yet)</source>
        <translation>%1 (belum ditandatangani)</translation>
    </message>
    <message>
        <source>same category</source>
        <translation>kategori yang sama</translation>
    </message>
    <message>
        <source>a named competitor</source>
        <translation>pesaing yang disebutkan</translation>
    </message>
    <message>
        <source>competing brands</source>
        <translation>brand pesaing</translation>
    </message>
    <message>
        <source>overlaps %1 to %2: %3</source>
        <translation>tumpang tindih %1 sampai %2: %3</translation>
    </message>
    <message>
        <source>overlaps from %1 on: %2</source>
        <translation>tumpang tindih mulai %1: %2</translation>
    </message>
    <message>
        <source>Drafts to review</source>
        <translation>Draf untuk ditinjau</translation>
    </message>
    <message>
        <source>Revisions waiting</source>
        <translation>Revisi tertunda</translation>
    </message>
    <message>
        <source>Due within a week</source>
        <translation>Tenggat dalam seminggu</translation>
    </message>
    <message>
        <source>Contracts to chase</source>
        <translation>Kontrak perlu dikejar</translation>
    </message>
    <message>
        <source>Receivables overdue</source>
        <translation>Piutang lewat jatuh tempo</translation>
    </message>
    <message>
        <source>Payables due</source>
        <translation>Utang jatuh tempo</translation>
    </message>
    <message>
        <source>Exclusivity conflicts</source>
        <translation>Konflik eksklusivitas</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Pay %1 %2 net</source>
        <translation>Bayar %1 %2 bersih</translation>
    </message>
    <message>
        <source>Past due date</source>
        <translation>Lewat tenggat</translation>
    </message>
    <message>
        <source>Offers and negotiations</source>
        <translation>Penawaran dan negosiasi</translation>
    </message>
    <message numerus="yes">
        <source>revision %n day(s) late (requested %1)</source>
        <translation>
            <numerusform>revisi terlambat %Ln hari (diminta %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayCommand</name>
    <message>
        <source>What needs doing: drafts, revisions, due and late deliverables, offers, contracts to chase, payments, usage rights, exclusivity conflicts and follow-ups.</source>
        <translation>Yang perlu dikerjakan: draf, revisi, konten yang mendekati tenggat atau terlambat, penawaran, kontrak yang perlu dikejar, pembayaran, hak penggunaan, konflik eksklusivitas, dan tindak lanjut.</translation>
    </message>
    <message>
        <source>Only the creators this manager manages.</source>
        <translation>Hanya kreator yang ditangani manajer ini.</translation>
    </message>
    <message>
        <source>What needs doing on DATE (YYYY-MM-DD; default today).</source>
        <translation>Yang perlu dikerjakan pada DATE (YYYY-MM-DD; bawaan: hari ini).</translation>
    </message>
    <message>
        <source>Print the JSON object of formats.md.</source>
        <translation>Cetak objek JSON sesuai formats.md.</translation>
    </message>
    <message>
        <source>Today, %1, for %2&apos;s creators

</source>
        <translation>Hari ini, %1, untuk kreator %2

</translation>
    </message>
    <message>
        <source>Today, %1, for everyone

</source>
        <translation>Hari ini, %1, untuk semua kreator

</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>tanpa tanggal</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>&apos;%1&apos; is not an email address (expected name@example.com)</source>
        <translation>&apos;%1&apos; bukan alamat email (contoh: nama@example.com)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a phone number (digits, spaces and + ( ) - only)</source>
        <translation>&apos;%1&apos; bukan nomor telepon (hanya angka, spasi, dan + ( ) -)</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>must be a whole number: &apos;%1&apos; — write the full count, e.g. %2</source>
        <translation>harus bilangan bulat: &apos;%1&apos; — tulis angka lengkapnya, misalnya %2</translation>
    </message>
    <message>
        <source>cannot be negative: &apos;%1&apos;</source>
        <translation>tidak boleh negatif: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must be a whole number such as 12345 or 12,345: &apos;%1&apos;</source>
        <translation>harus bilangan bulat seperti 12345 atau 12,345: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>has more than two decimals: &apos;%1&apos; (write e.g. 4.25)</source>
        <translation>punya lebih dari dua desimal: &apos;%1&apos; (tulis misalnya 4.25)</translation>
    </message>
    <message>
        <source>must be a percent such as 10, 10% or 4.25: &apos;%1&apos;</source>
        <translation>harus persentase seperti 10, 10% atau 4.25: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot be more than 100%: &apos;%1&apos;</source>
        <translation>tidak boleh lebih dari 100%: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must be yes or no (or true/false, 1/0): &apos;%1&apos;</source>
        <translation>harus yes atau no (atau true/false, 1/0): &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD: &apos;%1&apos; (for example %2-%3-%4 if the month comes first)</source>
        <translation>harus tanggal berformat YYYY-MM-DD: &apos;%1&apos; (misalnya %2-%3-%4 jika bulan ditulis lebih dulu)</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD, e.g. 2026-03-01: &apos;%1&apos;</source>
        <translation>harus tanggal berformat YYYY-MM-DD, misalnya 2026-03-01: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must be a whole number: &apos;%1&apos; — if the file writes numbers the Indonesian way (12.345), import it with Indonesian numbers (the import wizard&apos;s Numbers choice, or --numbers id), or write %2 or %3</source>
        <translation>harus bilangan bulat: &apos;%1&apos; — jika file menulis angka cara Indonesia (12.345), impor dengan angka Indonesia (pilihan Angka di wizard impor, atau --numbers id), atau tulis %2 atau %3</translation>
    </message>
    <message>
        <source>%1 is more than %2; check the column</source>
        <translation>%1 lebih dari %2; periksa kolomnya</translation>
    </message>
    <message>
        <source>%1 (read with Indonesian numbers from &apos;%2&apos;)</source>
        <translation>%1 (dibaca dengan angka Indonesia dari &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>must be a whole number: with Indonesian numbers &apos;,&apos; marks decimals, so &apos;%1&apos; has a decimal part; write %2 or %3</source>
        <translation>harus bilangan bulat: dengan angka Indonesia &apos;,&apos; menandai desimal, jadi &apos;%1&apos; punya bagian desimal; tulis %2 atau %3</translation>
    </message>
    <message>
        <source>must be a whole number: with Indonesian numbers &apos;,&apos; marks decimals, so &apos;%1&apos; has a decimal part</source>
        <translation>harus bilangan bulat: dengan angka Indonesia &apos;,&apos; menandai desimal, jadi &apos;%1&apos; punya bagian desimal</translation>
    </message>
</context>
<context>
    <name>Vetting</name>
    <message>
        <source>Does the audience match our target audience (demographics, interests, platforms)?</source>
        <translation>Apakah audiensnya sesuai dengan target audiens kami (demografi, minat, platform)?</translation>
    </message>
    <message>
        <source>What kind of content do they produce?</source>
        <translation>Konten seperti apa yang mereka buat?</translation>
    </message>
    <message>
        <source>Can they meet our deadlines, and how fast do they answer messages?</source>
        <translation>Bisakah mereka memenuhi tenggat kami, dan seberapa cepat mereka membalas pesan?</translation>
    </message>
    <message>
        <source>What are their engagement metrics?</source>
        <translation>Bagaimana metrik engagement mereka?</translation>
    </message>
    <message>
        <source>What other analytics can they share (platform insights, web analytics)?</source>
        <translation>Analitik apa lagi yang bisa mereka bagikan (insight platform, analitik web)?</translation>
    </message>
    <message>
        <source>Which past collaborations worked best, with what results?</source>
        <translation>Kolaborasi sebelumnya mana yang paling berhasil, dan apa hasilnya?</translation>
    </message>
    <message>
        <source>Are they comfortable with every part of the campaign (content type, brand guidelines, format, duration, disclosure, drafts before posting, revisions)?</source>
        <translation>Apakah mereka nyaman dengan semua bagian kampanye (jenis konten, pedoman brand, format, durasi, penanda iklan, draf sebelum diposting, revisi)?</translation>
    </message>
    <message>
        <source>Do they know our brand (have they mentioned it already)?</source>
        <translation>Apakah mereka sudah mengenal brand kami (pernah menyebutnya sebelumnya)?</translation>
    </message>
    <message>
        <source>Which platforms do they use (social, blog, YouTube, press or TV)?</source>
        <translation>Platform apa saja yang mereka pakai (media sosial, blog, YouTube, media cetak, atau TV)?</translation>
    </message>
    <message>
        <source>Have they worked, or are they working, with our competitors? (a conflict if at the same time)</source>
        <translation>Apakah mereka pernah atau sedang bekerja sama dengan pesaing kami? (jadi konflik jika waktunya bersamaan)</translation>
    </message>
    <message>
        <source>How often do they do paid partnerships? (too often looks insincere)</source>
        <translation>Seberapa sering mereka melakukan kerja sama berbayar? (terlalu sering terkesan tidak tulus)</translation>
    </message>
    <message>
        <source>What are their fees, and is a deposit needed?</source>
        <translation>Berapa fee mereka, dan apakah perlu uang muka?</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%), %4 of %5 questions scored</source>
        <translation>%1 dari %2 (%3%), %4 dari %5 pertanyaan sudah dinilai</translation>
    </message>
    <message>
        <source>Does the audience match the audiences of the brands we work with (demographics, interests, platforms)?</source>
        <translation>Apakah audiensnya sesuai dengan audiens brand yang kami tangani (demografi, minat, platform)?</translation>
    </message>
    <message>
        <source>Can they meet brands&apos; deadlines, and how fast do they answer messages?</source>
        <translation>Bisakah mereka memenuhi tenggat brand, dan seberapa cepat mereka membalas pesan?</translation>
    </message>
    <message>
        <source>Do they know the brands we pitch them to (have they mentioned them already)?</source>
        <translation>Apakah mereka sudah mengenal brand yang kami tawarkan kepada mereka (pernah menyebutnya sebelumnya)?</translation>
    </message>
    <message>
        <source>Have they worked, or are they working, with competing brands? (a conflict if at the same time)</source>
        <translation>Apakah mereka pernah atau sedang bekerja sama dengan brand pesaing? (jadi konflik jika waktunya bersamaan)</translation>
    </message>
</context>
<context>
    <name>WordLabels</name>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Direncanakan</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Diundang</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>Negosiasi</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Dikonfirmasi</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Menolak</translation>
    </message>
    <message>
        <source>Draft submitted</source>
        <translation>Draf dikirim</translation>
    </message>
    <message>
        <source>Revision requested</source>
        <translation>Revisi diminta</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Diposting</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Terverifikasi</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Dikirim</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ditandatangani</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Kedaluwarsa</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Diakhiri</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Diarsipkan</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Uang muka</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Komisi</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poin</translation>
    </message>
    <message>
        <source>Kill fee</source>
        <translation>Biaya pembatalan</translation>
    </message>
    <message>
        <source>Reimbursement</source>
        <translation>Penggantian biaya</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Payable</source>
        <translation>Utang</translation>
    </message>
    <message>
        <source>Receivable</source>
        <translation>Piutang</translation>
    </message>
    <message>
        <source>Drafted</source>
        <translation>Dirancang</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Diimpor</translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation>Kesadaran merek</translation>
    </message>
    <message>
        <source>Follower growth</source>
        <translation>Pertumbuhan pengikut</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Trafik</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Penjualan</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Penawaran</translation>
    </message>
    <message>
        <source>Contracted</source>
        <translation>Dikontrak</translation>
    </message>
    <message>
        <source>In production</source>
        <translation>Produksi</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Sudah tayang</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Ditagihkan</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Kreator</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanye</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agensi</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Usia</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>platform</source>
        <translation>platform</translation>
    </message>
    <message>
        <source>campaign goal</source>
        <translation>tujuan kampanye</translation>
    </message>
    <message>
        <source>campaign status</source>
        <translation>status kampanye</translation>
    </message>
    <message>
        <source>participant status</source>
        <translation>status peserta</translation>
    </message>
    <message>
        <source>deliverable status</source>
        <translation>status konten</translation>
    </message>
    <message>
        <source>deliverable format</source>
        <translation>format konten</translation>
    </message>
    <message>
        <source>contract status</source>
        <translation>status kontrak</translation>
    </message>
    <message>
        <source>contract language</source>
        <translation>bahasa kontrak</translation>
    </message>
    <message>
        <source>creator status</source>
        <translation>status kreator</translation>
    </message>
    <message>
        <source>payment kind</source>
        <translation>jenis pembayaran</translation>
    </message>
    <message>
        <source>payment direction</source>
        <translation>arah pembayaran</translation>
    </message>
    <message>
        <source>payment origin</source>
        <translation>asal pembayaran</translation>
    </message>
    <message>
        <source>tax type</source>
        <translation>jenis pajak</translation>
    </message>
    <message>
        <source>perspective</source>
        <translation>perspektif</translation>
    </message>
    <message>
        <source>audience dimension</source>
        <translation>dimensi audiens</translation>
    </message>
    <message>
        <source>follow-up subject</source>
        <translation>topik tindak lanjut</translation>
    </message>
    <message>
        <source>deal stage</source>
        <translation>tahap kesepakatan</translation>
    </message>
    <message>
        <source>Today section</source>
        <translation>bagian Hari Ini</translation>
    </message>
    <message>
        <source>a %1 is required: use one of %2</source>
        <translation>%1 wajib diisi: gunakan salah satu dari %2</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos;: use one of %3</source>
        <translation>%1 &apos;%2&apos; tidak dikenal: gunakan salah satu dari %3</translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Blog</source>
        <translation>Blog</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Reel</source>
        <translation>Reel</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Story</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Postingan</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Short</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Blog post</source>
        <translation>Postingan blog</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>the SQLite driver for Qt is missing: install the package libqt6sql6-sqlite</source>
        <translation>driver SQLite untuk Qt tidak ditemukan: instal paket libqt6sql6-sqlite</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>tidak bisa membuka %1: %2</translation>
    </message>
    <message>
        <source>the integrity check could not run: %1</source>
        <translation>pemeriksaan integritas tidak bisa dijalankan: %1</translation>
    </message>
    <message>
        <source>the reference check could not run: %1</source>
        <translation>pemeriksaan referensi tidak bisa dijalankan: %1</translation>
    </message>
    <message>
        <source>row %1 of %2 points at a missing %3</source>
        <translation>baris %1 di %2 merujuk ke %3 yang tidak ada</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 gagal: %2</translation>
    </message>
    <message>
        <source>internal error: schema script %1 is missing from the program</source>
        <translation>kesalahan internal: skrip skema %1 tidak ada di program</translation>
    </message>
    <message>
        <source>schema statement failed: %1
%2</source>
        <translation>perintah skema gagal: %1
%2</translation>
    </message>
    <message>
        <source>starting the migration</source>
        <translation>langkah awal migrasi</translation>
    </message>
    <message>
        <source>the step left a row in %1 pointing at a missing record</source>
        <translation>langkah ini meninggalkan baris di %1 yang merujuk ke data yang tidak ada</translation>
    </message>
    <message>
        <source>updating the workspace to schema v%1 failed: %2</source>
        <translation>pembaruan ruang kerja ke skema v%1 gagal: %2</translation>
    </message>
    <message>
        <source>database error: %1</source>
        <translation>kesalahan database: %1</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). It was left unchanged. Restore a backup with &apos;collabdesk-cli restore&apos; or open another workspace.</source>
        <translation>%1 rusak (%2). File ini tidak diubah. Pulihkan cadangan dengan &apos;collabdesk-cli restore&apos; atau buka ruang kerja lain.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file</source>
        <translation>%1 adalah folder, bukan file ruang kerja</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>tidak bisa membaca %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a CollabDesk workspace (it is not a SQLite database). It was left unchanged.</source>
        <translation>%1 bukan ruang kerja CollabDesk (bukan database SQLite). File ini tidak diubah.</translation>
    </message>
    <message>
        <source>%1 belongs to another application (SQLite application id 0x%2), not CollabDesk. It was left unchanged.</source>
        <translation>%1 milik aplikasi lain (application id SQLite 0x%2), bukan CollabDesk. File ini tidak diubah.</translation>
    </message>
    <message>
        <source>%1 is an empty SQLite database, not a CollabDesk workspace. It was left unchanged; choose a new file name to create a workspace.</source>
        <translation>%1 adalah database SQLite kosong, bukan ruang kerja CollabDesk. File ini tidak diubah; pilih nama file baru untuk membuat ruang kerja.</translation>
    </message>
    <message>
        <source>%1 is not a CollabDesk workspace (a SQLite database of another application). It was left unchanged.</source>
        <translation>%1 bukan ruang kerja CollabDesk (melainkan database SQLite milik aplikasi lain). File ini tidak diubah.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer CollabDesk (workspace schema v%2; this version reads up to v%3). It was left unchanged: update CollabDesk to open it.</source>
        <translation>%1 disimpan oleh CollabDesk versi yang lebih baru (skema ruang kerja v%2; versi ini hanya bisa membaca sampai v%3). File ini tidak diubah: perbarui CollabDesk untuk membukanya.</translation>
    </message>
    <message>
        <source>it has no schema version</source>
        <translation>tidak ada versi skema</translation>
    </message>
    <message>
        <source>tables missing: %1</source>
        <translation>tabel yang hilang: %1</translation>
    </message>
    <message>
        <source>the workspace is open read-only; changes cannot be saved</source>
        <translation>ruang kerja dibuka dalam mode hanya-baca; perubahan tidak bisa disimpan</translation>
    </message>
    <message>
        <source>internal error: a change was started inside another one</source>
        <translation>kesalahan internal: sebuah perubahan dimulai di dalam perubahan lain</translation>
    </message>
    <message>
        <source>cannot start saving changes: %1</source>
        <translation>tidak bisa mulai menyimpan perubahan: %1</translation>
    </message>
    <message>
        <source>nothing to save: the change was already finished</source>
        <translation>tidak ada yang perlu disimpan: perubahan sudah selesai</translation>
    </message>
    <message>
        <source>saving the change failed and nothing was saved: %1 (is the disk full?)</source>
        <translation>gagal menyimpan perubahan dan tidak ada yang tersimpan: %1 (apakah disk penuh?)</translation>
    </message>
    <message>
        <source>internal error: the workspace connection is not SQLite</source>
        <translation>kesalahan internal: koneksi ruang kerja bukan SQLite</translation>
    </message>
    <message>
        <source>%1 has a change a crash left half-written, and rolling it back failed: %2</source>
        <translation>%1 berisi perubahan yang setengah tertulis karena program berhenti mendadak, dan gagal dibatalkan: %2</translation>
    </message>
    <message>
        <source>%1 holds a change a crash left half-written (%1-journal). Open it for writing once, in CollabDesk or with &apos;collabdesk-cli --db %1 init&apos;, to roll the change back; everything saved before it stays.</source>
        <translation>%1 berisi perubahan yang setengah tertulis karena program berhenti mendadak (%1-journal). Buka sekali untuk ditulisi, di CollabDesk atau dengan &apos;collabdesk-cli --db %1 init&apos;, agar perubahan itu dibatalkan; semua yang tersimpan sebelumnya tetap ada.</translation>
    </message>
    <message>
        <source>%1 is the open workspace itself or one of its own files; writing there would destroy it. Choose another file name.</source>
        <translation>%1 adalah ruang kerja yang sedang terbuka atau salah satu filenya; menulis ke sana akan merusaknya. Pilih nama file lain.</translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1 (pid %2)</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>program lain</translation>
    </message>
    <message>
        <source>%1 is open in %2; close it there first, or open it read-only</source>
        <translation>%1 sedang terbuka di %2; tutup dulu di sana, atau buka dalam mode baca saja</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>tidak dapat membuat %1: %2</translation>
    </message>
    <message>
        <source>there is no workspace at %1</source>
        <translation>tidak ada ruang kerja di %1</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2); open it read-only, or check its permissions</source>
        <translation>%1 tidak dapat ditulisi (%2); buka dalam mode baca saja, atau periksa izin aksesnya</translation>
    </message>
    <message>
        <source>cannot lock %1 for writing: %2</source>
        <translation>tidak dapat mengunci %1 untuk ditulisi: %2</translation>
    </message>
    <message>
        <source>cannot write the lock file %1: %2; check that the folder is writable</source>
        <translation>tidak dapat menulis file kunci %1: %2; pastikan foldernya bisa ditulisi</translation>
    </message>
    <message>
        <source>%1 kept being replaced while it was being opened; try again</source>
        <translation>%1 terus diganti selagi dibuka; coba lagi</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>snapshot %1 (%2)</source>
        <translation>snapshot %1 (%2)</translation>
    </message>
    <message>
        <source>the summaries could not be checked: %1</source>
        <translation>ringkasan tidak dapat diperiksa: %1</translation>
    </message>
    <message>
        <source>account %1: the kept latest count is %2, the snapshots say %3</source>
        <translation>akun %1: jumlah terbaru yang tersimpan %2, menurut snapshot %3</translation>
    </message>
    <message>
        <source>post %1: the kept latest numbers are %2, the snapshots say %3</source>
        <translation>postingan %1: angka terbaru yang tersimpan %2, menurut snapshot %3</translation>
    </message>
    <message>
        <source>the trigger %1, which keeps the summaries up to date, is missing</source>
        <translation>trigger %1, yang menjaga ringkasan tetap mutakhir, tidak ada</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a server address: write it as %2</source>
        <translation>&apos;%1&apos; bukan alamat server: tulis seperti %2</translation>
    </message>
    <message>
        <source>the port in the server address must be a number from 1 to 65535</source>
        <translation>port pada alamat server harus berupa angka 1 sampai 65535</translation>
    </message>
    <message>
        <source>the setting %1 in the server address has an unusable value &apos;%2&apos;</source>
        <translation>pengaturan %1 pada alamat server memiliki nilai yang tidak dapat dipakai &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the server address names the setting &apos;%1&apos;, which CollabDesk does not use; it understands %2</source>
        <translation>alamat server menyebut pengaturan &apos;%1&apos;, yang tidak dipakai CollabDesk; yang dipahami: %2</translation>
    </message>
    <message>
        <source>the server address does not name a database: write it as %1</source>
        <translation>alamat server tidak menyebut basis data: tulis seperti %1</translation>
    </message>
    <message>
        <source>the PostgreSQL driver for Qt is missing: install the package libqt6sql6-psql</source>
        <translation>driver PostgreSQL untuk Qt tidak ada: pasang paket libqt6sql6-psql</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>tidak dapat terhubung ke %1: %2</translation>
    </message>
    <message>
        <source>the database %1 already holds tables that are not a CollabDesk workspace&apos;s (%2). CollabDesk makes its workspace only in an empty database: create one with &apos;createdb NAME&apos; and use its address.</source>
        <translation>basis data %1 sudah berisi tabel yang bukan milik ruang kerja CollabDesk (%2). CollabDesk hanya membuat ruang kerjanya di basis data kosong: buat satu dengan &apos;createdb NAMA&apos; lalu pakai alamatnya.</translation>
    </message>
    <message>
        <source>the database %1 belongs to another program (its collabdesk_workspace table is not CollabDesk&apos;s); it was left unchanged</source>
        <translation>basis data %1 milik program lain (tabel collabdesk_workspace-nya bukan milik CollabDesk); tidak diubah</translation>
    </message>
    <message>
        <source>no workspace is open</source>
        <translation>tidak ada ruang kerja yang terbuka</translation>
    </message>
    <message>
        <source>the server address holds a password, which CollabDesk never takes from the command line: put it in ~/.pgpass (host:port:database:user:password, readable by you only)</source>
        <translation>alamat server berisi kata sandi, yang tidak pernah diterima CollabDesk dari baris perintah: simpan di ~/.pgpass (host:port:database:user:password, hanya dapat dibaca oleh Anda)</translation>
    </message>
    <message>
        <source>%1: %2 rows in the source, %3 in the copy</source>
        <translation>%1: %2 baris di sumber, %3 di salinan</translation>
    </message>
    <message>
        <source>%1: the same number of rows, but different contents</source>
        <translation>%1: jumlah baris sama, tetapi isinya berbeda</translation>
    </message>
    <message>
        <source>cannot read the source: %1</source>
        <translation>sumber tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>%1 holds tables this version of CollabDesk does not know (%2); nothing was copied</source>
        <translation>%1 memuat tabel yang tidak dikenal versi CollabDesk ini (%2); tidak ada yang disalin</translation>
    </message>
    <message>
        <source>%1 lacks the tables %2; run collabdesk-cli check on it</source>
        <translation>%1 tidak memiliki tabel %2; jalankan collabdesk-cli check padanya</translation>
    </message>
    <message>
        <source>%1 already holds records: %2. A move copies into a new file or an empty database only, so that nothing is overwritten: name another destination.</source>
        <translation>%1 sudah memuat data: %2. Pemindahan hanya menyalin ke file baru atau database kosong, agar tidak ada yang tertimpa: sebutkan tujuan lain.</translation>
    </message>
    <message>
        <source>copying %1 failed, and nothing was written to %2: %3</source>
        <translation>menyalin %1 gagal, dan tidak ada yang ditulis ke %2: %3</translation>
    </message>
    <message>
        <source>the copy does not match the source, so nothing was written to %1: %2</source>
        <translation>salinan tidak sama dengan sumbernya, jadi tidak ada yang ditulis ke %1: %2</translation>
    </message>
    <message>
        <source>the source and the destination are the same workspace (%1); name another destination</source>
        <translation>sumber dan tujuan adalah ruang kerja yang sama (%1); sebutkan tujuan lain</translation>
    </message>
    <message>
        <source>the server refused a change your role may not make (a talent manager changes only their own creators&apos; records; an admin can make it): %1</source>
        <translation>server menolak perubahan yang tidak boleh dilakukan role Anda (manajer talenta hanya mengubah data kreatornya sendiri; admin bisa melakukannya): %1</translation>
    </message>
    <message>
        <source>%1 (%2) to %3 (%4)</source>
        <translation>%1 (%2) menjadi %3 (%4)</translation>
    </message>
    <message>
        <source>follower count %1: the kept rise is %2, the snapshots say %3</source>
        <translation>jumlah pengikut %1: kenaikan yang tersimpan %2, menurut snapshot %3</translation>
    </message>
    <message>
        <source>no rise of 5% or more</source>
        <translation>tidak ada kenaikan 5% atau lebih</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>the roster&apos;s followers on %1 (%2): the kept change is %3, the counts say %4</source>
        <translation>pengikut roster pada %1 (%2): perubahan yang disimpan %3, menurut jumlah pengikut %4</translation>
    </message>
    <message>
        <source>creators without a manager</source>
        <translation>kreator tanpa manajer</translation>
    </message>
    <message>
        <source>manager %1</source>
        <translation>manajer %1</translation>
    </message>
    <message>
        <source>post %1: the kept figures are %2, the records say %3</source>
        <translation>postingan %1: angka yang tersimpan %2, menurut catatan %3</translation>
    </message>
    <message>
        <source>likes %1, comments %2, shares %3, saves %4, reach %5, impressions %6, revenue %7, followers on its day %8</source>
        <translation>suka %1, komentar %2, bagikan %3, simpan %4, jangkauan %5, impresi %6, pendapatan %7, pengikut pada harinya %8</translation>
    </message>
    <message>
        <source>%1, views %2, link clicks %3, promo-code uses %4</source>
        <translation>%1, tayangan %2, klik tautan %3, pemakaian kode promo %4</translation>
    </message>
</context>
<context>
    <name>WorkspaceDefaults</name>
    <message>
        <source>tier thresholds must grow: micro (%1) &lt; macro (%2) &lt; mega (%3), all above 0</source>
        <translation>ambang tier harus naik berurutan: mikro (%1) &lt; makro (%2) &lt; mega (%3), semuanya di atas 0</translation>
    </message>
    <message>
        <source>unknown currency &apos;%1&apos;: use an ISO 4217 code such as IDR or USD</source>
        <translation>mata uang &apos;%1&apos; tidak dikenal: gunakan kode ISO 4217 seperti IDR atau USD</translation>
    </message>
    <message>
        <source>the usage-rights warning must come 1 to 365 days ahead</source>
        <translation>peringatan hak penggunaan harus muncul 1 sampai 365 hari sebelumnya</translation>
    </message>
    <message>
        <source>the %1 baseline needs both a low and a high rate, or neither</source>
        <translation>rentang acuan %1 perlu batas bawah dan batas atas, atau kosongkan keduanya</translation>
    </message>
    <message>
        <source>the %1 baseline must run from a low to a higher rate between 0% and 100%</source>
        <translation>rentang acuan %1 harus dari batas bawah ke batas atas yang lebih tinggi, antara 0% dan 100%</translation>
    </message>
    <message>
        <source>warning thresholds must be positive (the median factor and minimum at least 2)</source>
        <translation>ambang peringatan harus positif (faktor median dan jumlah minimum setidaknya 2)</translation>
    </message>
    <message>
        <source>the engagement rate is shown by followers, reach or impressions</source>
        <translation>engagement rate dihitung terhadap pengikut, jangkauan, atau impresi</translation>
    </message>
</context>
<context>
    <name>WorkspaceOpening</name>
    <message>
        <source>Checking %1 before anything is written to it: CollabDesk did not close it last time (it stopped unexpectedly, or another program changed the file).&lt;br&gt;&lt;br&gt;A large workspace takes a minute or so. Cancel leaves it as it is.</source>
        <translation>Memeriksa %1 sebelum ada yang ditulis ke dalamnya: CollabDesk tidak menutupnya terakhir kali (berhenti tiba-tiba, atau program lain mengubah file).&lt;br&gt;&lt;br&gt;Ruang kerja yang besar memerlukan sekitar satu menit. Tombol Batal membiarkannya seperti semula.</translation>
    </message>
    <message>
        <source>Copying %1 before it is updated for this version of CollabDesk.</source>
        <translation>Menyalin %1 sebelum diperbarui untuk versi CollabDesk ini.</translation>
    </message>
    <message>
        <source>Updating %1 for this version of CollabDesk.</source>
        <translation>Memperbarui %1 untuk versi CollabDesk ini.</translation>
    </message>
    <message>
        <source>Opening Workspace</source>
        <translation>Membuka ruang kerja</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Membuka %1…</translation>
    </message>
</context>
<context>
    <name>cd::AccountsForm</name>
    <message>
        <source>One account per platform. A new follower count is recorded as seen today; older counts stay in the history.</source>
        <translation>Satu akun per platform. Jumlah pengikut baru dicatat sebagai data hari ini; jumlah sebelumnya tetap ada di riwayat.</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Nama akun</translation>
    </message>
    <message>
        <source>Latest followers</source>
        <translation>Pengikut terbaru</translation>
    </message>
    <message>
        <source>New count today</source>
        <translation>Jumlah baru hari ini</translation>
    </message>
    <message>
        <source>&amp;Add Account</source>
        <translation>&amp;Tambah akun</translation>
    </message>
    <message>
        <source>@handle</source>
        <translation>@handle</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 per %2</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>New follower count</source>
        <translation>Jumlah pengikut baru</translation>
    </message>
    <message>
        <source>Followers seen today; leave at — to record nothing</source>
        <translation>Pengikut yang terlihat hari ini; biarkan — jika tidak ingin mencatat</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Hapus akun</translation>
    </message>
    <message>
        <source>Remove this account and its follower history</source>
        <translation>Hapus akun ini beserta riwayat pengikutnya</translation>
    </message>
    <message>
        <source>Remove this row</source>
        <translation>Hapus baris ini</translation>
    </message>
    <message>
        <source>the %1 account needs a handle (or remove the row)</source>
        <translation>akun %1 perlu handle (atau hapus barisnya)</translation>
    </message>
</context>
<context>
    <name>cd::AudienceForm</name>
    <message>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Usia</translation>
    </message>
    <message>
        <source>Share aged %1</source>
        <translation>Persentase usia %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Share %1</source>
        <translation>Persentase %1</translation>
    </message>
    <message>
        <source>Top countries</source>
        <translation>Negara teratas</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Two-letter country code: ID, US, MY, SG…</source>
        <translation>Kode negara dua huruf: ID, US, MY, SG…</translation>
    </message>
    <message>
        <source>Country %1</source>
        <translation>Negara %1</translation>
    </message>
    <message>
        <source>Share of country %1</source>
        <translation>Persentase negara %1</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Figures as &amp;of:</source>
        <translation>Data per &amp;tanggal:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>a country share of %1% has no country code</source>
        <translation>persentase negara %1% belum punya kode negara</translation>
    </message>
    <message>
        <source>Who follows the creator, as the platforms&apos; own insights show it (Instagram Insights, TikTok Analytics, YouTube Studio), in percent of their followers. Brands ask for it, and the media kit shows it. Leave a share empty when it is not known.</source>
        <translation>Siapa pengikut kreator ini, menurut insight platform itu sendiri (Instagram Insights, TikTok Analytics, YouTube Studio), dalam persen dari pengikutnya. Brand memintanya, dan media kit menampilkannya. Biarkan kosong bagian yang tidak diketahui.</translation>
    </message>
</context>
<context>
    <name>cd::BrandEditor</name>
    <message>
        <source>Brand — %1</source>
        <translation>Brand — %1</translation>
    </message>
    <message>
        <source>New Brand</source>
        <translation>Brand baru</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>Beverages, skincare, fintech…</source>
        <translation>Minuman, skincare, fintech…</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategori:</translation>
    </message>
    <message>
        <source>Separated by commas: Teh Botol, Frestea</source>
        <translation>Pisahkan dengan koma: Teh Botol, Frestea</translation>
    </message>
    <message>
        <source>Brands a creator working with this one should not promote at the same time; contracts&apos; exclusivity checks look for them</source>
        <translation>Brand yang tidak boleh dipromosikan pada saat yang sama oleh kreator yang bekerja sama dengan brand ini; pemeriksaan eksklusivitas di kontrak memperhitungkannya</translation>
    </message>
    <message>
        <source>C&amp;ompetitors:</source>
        <translation>&amp;Pesaing:</translation>
    </message>
    <message>
        <source>Contact &amp;email:</source>
        <translation>&amp;Email kontak:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>Campaigns:</source>
        <translation>Kampanye:</translation>
    </message>
    <message>
        <source>&amp;Brand</source>
        <translation>&amp;Brand</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>Tindak &amp;lanjut</translation>
    </message>
    <message>
        <source>&amp;Follow-ups (%1)</source>
        <translation>Tindak &amp;lanjut (%1)</translation>
    </message>
    <message>
        <source>Save the brand first to add follow-ups.</source>
        <translation>Simpan brand terlebih dahulu untuk menambahkan tindak lanjut.</translation>
    </message>
    <message>
        <source>Campaigns of this brand</source>
        <translation>Kampanye brand ini</translation>
    </message>
    <message>
        <source>%1 (%2, from %3)</source>
        <translation>%1 (%2, mulai %3)</translation>
    </message>
    <message>
        <source>No campaigns yet</source>
        <translation>Belum ada kampanye</translation>
    </message>
    <message>
        <source>A brand needs a name.</source>
        <translation>Brand harus punya nama.</translation>
    </message>
    <message>
        <source>brand name</source>
        <translation>nama brand</translation>
    </message>
</context>
<context>
    <name>cd::BrandListModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Pesaing</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampanye</translation>
    </message>
    <message>
        <source>Planned or active</source>
        <translation>Direncanakan/aktif</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
</context>
<context>
    <name>cd::BrandsPage</name>
    <message>
        <source>Brands</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>Search brands, categories, competitors…</source>
        <translation>Cari brand, kategori, pesaing…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No brands yet&lt;/h3&gt;&lt;p&gt;Add a brand with &lt;i&gt;Edit &amp;gt; New Brand&lt;/i&gt;, or import brands.csv with &lt;i&gt;File &amp;gt; Import CSV&lt;/i&gt;. Each brand shows its category, competitors and campaigns.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Belum ada brand&lt;/h3&gt;&lt;p&gt;Tambahkan brand lewat &lt;i&gt;Ubah &amp;gt; Brand baru&lt;/i&gt;, atau impor brands.csv lewat &lt;i&gt;Berkas &amp;gt; Impor CSV&lt;/i&gt;. Setiap brand menampilkan kategori, pesaing, dan kampanyenya.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n brand(s)</source>
        <translation>
            <numerusform>%Ln brand</numerusform>
        </translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>Edit Brand</source>
        <translation>Ubah brand</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (salinan)</translation>
    </message>
    <message>
        <source>Delete Brand</source>
        <translation>Hapus brand</translation>
    </message>
    <message>
        <source>Delete %1 with its competitor list?

Brands with campaigns cannot be deleted; delete their campaigns first. Edit &gt; Undo brings the brand back.</source>
        <translation>Hapus %1 beserta daftar pesaingnya?

Brand yang punya kampanye tidak bisa dihapus; hapus dulu kampanyenya. Ubah &gt; Urungkan akan mengembalikan brand ini.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Hapus %1</translation>
    </message>
    <message>
        <source>Reading brands…</source>
        <translation>Membaca merek…</translation>
    </message>
    <message>
        <source>The brands could not be read</source>
        <translation>Merek tidak dapat dibaca</translation>
    </message>
</context>
<context>
    <name>cd::CampaignEditor</name>
    <message>
        <source>Awareness</source>
        <translation>Kesadaran merek</translation>
    </message>
    <message>
        <source>Follower growth</source>
        <translation>Pertumbuhan pengikut</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Trafik</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Penjualan</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Direncanakan</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>so far %1 (%2% of the target)</source>
        <translation>sejauh ini %1 (%2% dari target)</translation>
    </message>
    <message>
        <source>so far %1</source>
        <translation>sejauh ini %1</translation>
    </message>
    <message>
        <source>Campaign — %1</source>
        <translation>Kampanye — %1</translation>
    </message>
    <message>
        <source>New Campaign</source>
        <translation>Kampanye baru</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Ikhtisar</translation>
    </message>
    <message>
        <source>&amp;Brief</source>
        <translation>&amp;Brief</translation>
    </message>
    <message>
        <source>&amp;KPI Targets</source>
        <translation>Target &amp;KPI</translation>
    </message>
    <message>
        <source>e.g. Ramadan Refresh 2027</source>
        <translation>mis. Promo Ramadan 2027</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>B&amp;rand:</source>
        <translation>B&amp;rand:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Tujuan:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Tanggal mulai</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Tanggal selesai</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>Tan&amp;ggal:</translation>
    </message>
    <message>
        <source>e.g. 50.000.000</source>
        <translation>mis. 50.000.000</translation>
    </message>
    <message>
        <source>B&amp;udget:</source>
        <translation>&amp;Anggaran:</translation>
    </message>
    <message>
        <source>Platforms:</source>
        <translation>Platform:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>Product review, unboxing, tutorial…</source>
        <translation>Review produk, unboxing, tutorial…</translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation>Je&amp;nis konten:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>any length</source>
        <translation>durasi bebas</translation>
    </message>
    <message>
        <source>&amp;Video length:</source>
        <translation>Durasi &amp;video:</translation>
    </message>
    <message>
        <source>What the caption must say or avoid</source>
        <translation>Yang harus disebut atau dihindari di caption</translation>
    </message>
    <message>
        <source>Caption &amp;guidance:</source>
        <translation>&amp;Panduan caption:</translation>
    </message>
    <message>
        <source>#BrandTag #CampaignTag</source>
        <translation>#TagBrand #TagKampanye</translation>
    </message>
    <message>
        <source>Mandatory &amp;hashtags:</source>
        <translation>&amp;Tagar wajib:</translation>
    </message>
    <message>
        <source>@brand.account</source>
        <translation>@akun.brand</translation>
    </message>
    <message>
        <source>Required &amp;mentions:</source>
        <translation>&amp;Mention wajib:</translation>
    </message>
    <message>
        <source>Paid posts must be marked (#ad, #iklan, #sponsored, #paidpartnership)</source>
        <translation>Postingan berbayar wajib diberi penanda (#ad, #iklan, #sponsored, #paidpartnership)</translation>
    </message>
    <message>
        <source>Disclosure:</source>
        <translation>Penanda iklan:</translation>
    </message>
    <message>
        <source>The campaign&apos;s own markers, if any</source>
        <translation>Penanda khusus kampanye ini, jika ada</translation>
    </message>
    <message>
        <source>Own &amp;markers:</source>
        <translation>Penanda &amp;sendiri:</translation>
    </message>
    <message>
        <source>Posting window from</source>
        <translation>Periode posting dari</translation>
    </message>
    <message>
        <source>Posting window to</source>
        <translation>Periode posting sampai</translation>
    </message>
    <message>
        <source>Posting &amp;window:</source>
        <translation>Periode p&amp;osting:</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>tanpa target</translation>
    </message>
    <message>
        <source>&amp;Posts:</source>
        <translation>&amp;Postingan:</translation>
    </message>
    <message>
        <source>&amp;Views:</source>
        <translation>&amp;Tayangan:</translation>
    </message>
    <message>
        <source>&amp;Engagement rate (%):</source>
        <translation>&amp;Engagement rate (%):</translation>
    </message>
    <message>
        <source>New &amp;followers:</source>
        <translation>Pen&amp;gikut baru:</translation>
    </message>
    <message>
        <source>&amp;Link clicks:</source>
        <translation>Klik t&amp;autan:</translation>
    </message>
    <message>
        <source>&amp;Revenue:</source>
        <translation>Pen&amp;dapatan:</translation>
    </message>
    <message>
        <source>Achieved so far, as of today; hover for how it is counted.</source>
        <translation>Yang tercapai sejauh ini, per hari ini; arahkan kursor untuk melihat cara menghitungnya.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a currency code; use one such as IDR or USD</source>
        <translation>&apos;%1&apos; bukan kode mata uang; gunakan kode seperti IDR atau USD</translation>
    </message>
    <message>
        <source>budget: %1</source>
        <translation>anggaran: %1</translation>
    </message>
    <message>
        <source>posts target</source>
        <translation>target postingan</translation>
    </message>
    <message>
        <source>views target</source>
        <translation>target tayangan</translation>
    </message>
    <message>
        <source>new followers target</source>
        <translation>target pengikut baru</translation>
    </message>
    <message>
        <source>link clicks target</source>
        <translation>target klik tautan</translation>
    </message>
    <message>
        <source>the engagement rate target is a percent from 0 to 100, such as 4 or 4.5</source>
        <translation>target engagement rate berupa persentase dari 0 sampai 100, misalnya 4 atau 4,5</translation>
    </message>
    <message>
        <source>revenue target: %1</source>
        <translation>target pendapatan: %1</translation>
    </message>
    <message>
        <source>add a brand first (Brands page): a campaign belongs to one</source>
        <translation>tambahkan brand dulu (halaman Brand): setiap kampanye harus punya brand</translation>
    </message>
    <message>
        <source>Choose the brand…</source>
        <translation>Pilih brand…</translation>
    </message>
    <message>
        <source>Choose the campaign&apos;s brand.</source>
        <translation>Pilih brand kampanye ini.</translation>
    </message>
</context>
<context>
    <name>cd::CampaignListModel</name>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Direncanakan</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>open</source>
        <translation>terbuka</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Berakhir</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Anggaran</translation>
    </message>
    <message>
        <source>Creators</source>
        <translation>Kreator</translation>
    </message>
    <message>
        <source>Deliverables done</source>
        <translation>Konten selesai</translation>
    </message>
</context>
<context>
    <name>cd::CampaignView</name>
    <message>
        <source>Creators in the campaign</source>
        <translation>Kreator dalam kampanye</translation>
    </message>
    <message>
        <source>&amp;Add Creator…</source>
        <translation>&amp;Tambah kreator…</translation>
    </message>
    <message>
        <source>Edit &amp;Terms…</source>
        <translation>Ubah &amp;ketentuan…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>Kel&amp;uarkan…</translation>
    </message>
    <message>
        <source>&amp;Contract…</source>
        <translation>K&amp;ontrak…</translation>
    </message>
    <message>
        <source>Draft, send and sign the chosen creator&apos;s contract for this campaign</source>
        <translation>Buat draf, kirim, dan tanda tangani kontrak kreator yang dipilih untuk kampanye ini</translation>
    </message>
    <message>
        <source>Add Follo&amp;w-up…</source>
        <translation>Tambah tindak lan&amp;jut…</translation>
    </message>
    <message>
        <source>A dated note about the chosen creator&apos;s deal: a call to make, a reply to chase. The campaign&apos;s Follow-ups tab lists them.</source>
        <translation>Catatan bertanggal tentang kesepakatan dengan kreator yang dipilih: telepon yang perlu dilakukan, balasan yang perlu dikejar. Tab Tindak lanjut kampanye mencantumkan semuanya.</translation>
    </message>
    <message>
        <source>Draft Payment Schedule for the &amp;Campaign</source>
        <translation>Buat draf jadwal pembayaran untuk ka&amp;mpanye</translation>
    </message>
    <message>
        <source>Draft the deposit, fee balance, commission and points payments of every confirmed or completed creator from their terms</source>
        <translation>Buat draf pembayaran uang muka, pelunasan fee, komisi, dan poin untuk setiap kreator yang sudah konfirmasi atau selesai, sesuai ketentuannya</translation>
    </message>
    <message>
        <source>Draft Payment Schedule for the C&amp;hosen Creator</source>
        <translation>Buat draf jadwal pembayaran untuk kreator yang &amp;dipilih</translation>
    </message>
    <message>
        <source>Draft the chosen creator&apos;s payments from their terms</source>
        <translation>Buat draf pembayaran kreator yang dipilih sesuai ketentuannya</translation>
    </message>
    <message>
        <source>Pa&amp;yment Schedule</source>
        <translation>Jadwal &amp;pembayaran</translation>
    </message>
    <message>
        <source>Draft payments from the creators&apos; terms; drafting again updates the drafted ones</source>
        <translation>Buat draf pembayaran sesuai ketentuan para kreator; membuat draf lagi akan memperbarui draf yang sudah ada</translation>
    </message>
    <message>
        <source>C&amp;reators</source>
        <translation>K&amp;reator</translation>
    </message>
    <message>
        <source>De&amp;liverables</source>
        <translation>Kont&amp;en</translation>
    </message>
    <message>
        <source>Ca&amp;lendar</source>
        <translation>Ka&amp;lender</translation>
    </message>
    <message>
        <source>Resul&amp;ts</source>
        <translation>H&amp;asil</translation>
    </message>
    <message>
        <source>Follow-&amp;ups</source>
        <translation>T&amp;indak lanjut</translation>
    </message>
    <message>
        <source>Brief as &amp;PDF…</source>
        <translation>Brief sebagai PD&amp;F…</translation>
    </message>
    <message>
        <source>A one-page brief for creators: content, hashtags, mentions, disclosure, when to post</source>
        <translation>Brief satu halaman untuk kreator: konten, tagar, mention, penanda iklan, kapan memposting</translation>
    </message>
    <message>
        <source>Rep&amp;ort as PDF…</source>
        <translation>Lapora&amp;n sebagai PDF…</translation>
    </message>
    <message>
        <source>The report for the client: results against targets, charts, each creator&apos;s figures, brief compliance and the top posts</source>
        <translation>Laporan untuk klien: hasil dibandingkan target, grafik, angka tiap kreator, kepatuhan pada brief, dan postingan teratas</translation>
    </message>
    <message>
        <source>Enter Re&amp;sults…</source>
        <translation>Isi &amp;hasil…</translation>
    </message>
    <message>
        <source>Type in a day&apos;s numbers for every posted deliverable of the campaign on one screen</source>
        <translation>Isi angka satu hari untuk semua konten kampanye yang sudah diposting dalam satu layar</translation>
    </message>
    <message>
        <source>Follow-&amp;ups (%1)</source>
        <translation>T&amp;indak lanjut (%1)</translation>
    </message>
    <message>
        <source>Follow-up on %1 added, due %2; the Follow-ups tab lists it.</source>
        <translation>Tindak lanjut untuk %1 ditambahkan, jatuh tempo %2; lihat di tab Tindak lanjut.</translation>
    </message>
    <message numerus="yes">
        <source>Draft Payment Schedule for the %n C&amp;hosen Creator(s)</source>
        <translation>
            <numerusform>Buat draf jadwal pembayaran untuk %Ln kreator yang &amp;dipilih</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a campaign above to see who takes part.</source>
        <translation>Pilih kampanye di atas untuk melihat siapa saja yang ikut.</translation>
    </message>
    <message numerus="yes">
        <source>%n creator(s) taking part</source>
        <translation>
            <numerusform>%Ln kreator ikut serta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n declined or cancelled)</source>
        <translation>
            <numerusform> (%Ln ditolak atau dibatalkan)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 committed of the %3 budget (%4 left; commission comes on top)</source>
        <translation>%1 · %2 dialokasikan dari anggaran %3 (sisa %4; belum termasuk komisi)</translation>
    </message>
    <message>
        <source>%1 · %2 committed; no budget set</source>
        <translation>%1 · %2 dialokasikan; anggaran belum diatur</translation>
    </message>
    <message>
        <source>Remove Creator</source>
        <translation>Keluarkan kreator</translation>
    </message>
    <message numerus="yes">
        <source>%n deliverable(s)</source>
        <translation>
            <numerusform>%Ln konten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post metric snapshot(s)</source>
        <translation>
            <numerusform>%Ln snapshot metrik postingan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s)</source>
        <translation>
            <numerusform>%Ln kontrak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%Ln pembayaran</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing else is stored for them in this campaign.</source>
        <translation>Tidak ada data lain yang tersimpan untuk mereka di kampanye ini.</translation>
    </message>
    <message>
        <source>This also deletes their %1.</source>
        <translation>Ini juga akan menghapus %1 milik mereka.</translation>
    </message>
    <message>
        <source>Remove %1 from the campaign?

%2
If they only stepped back, set their status to declined or cancelled instead: that keeps the history. Edit &gt; Undo brings it all back.</source>
        <translation>Keluarkan %1 dari kampanye?

%2
Jika mereka hanya mundur, ubah statusnya menjadi ditolak atau dibatalkan: riwayatnya tetap tersimpan. Ubah &gt; Urungkan akan mengembalikan semuanya.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Keluarkan</translation>
    </message>
    <message>
        <source>Remove %1 from the campaign</source>
        <translation>Keluarkan %1 dari kampanye</translation>
    </message>
    <message>
        <source>Brief as PDF</source>
        <translation>Brief sebagai PDF</translation>
    </message>
    <message>
        <source>Every word of the brief is written in this language.</source>
        <translation>Seluruh isi brief ditulis dalam bahasa ini.</translation>
    </message>
    <message>
        <source>Save Brief</source>
        <translation>Simpan brief</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the brief as %1</source>
        <translation>Brief disimpan sebagai %1</translation>
    </message>
    <message>
        <source>Brief.pdf</source>
        <translation>Brief.pdf</translation>
    </message>
    <message>
        <source>Brief - %1.pdf</source>
        <translation>Brief - %1.pdf</translation>
    </message>
    <message>
        <source>Draft Payment Schedule</source>
        <translation>Buat draf jadwal pembayaran</translation>
    </message>
    <message>
        <source>Draft Payment Schedule for %1</source>
        <translation>Buat draf jadwal pembayaran untuk %1</translation>
    </message>
    <message numerus="yes">
        <source>Draft Payment Schedule for %n creator(s)</source>
        <translation>
            <numerusform>Buat draf jadwal pembayaran untuk %Ln kreator</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>drafted %n payment(s)</source>
        <translation>
            <numerusform>%Ln pembayaran dibuat drafnya</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n</source>
        <translation>
            <numerusform>%Ln diperbarui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>removed %n no longer in the terms</source>
        <translation>
            <numerusform>%Ln dihapus karena tidak lagi ada di ketentuan</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to draft: payments are drafted for confirmed or completed creators</source>
        <translation>Tidak ada yang perlu dibuat drafnya: draf pembayaran hanya dibuat untuk kreator yang sudah konfirmasi atau selesai</translation>
    </message>
    <message>
        <source>Nothing to draft: the payments already follow the terms</source>
        <translation>Tidak ada yang perlu dibuat drafnya: pembayaran sudah sesuai dengan ketentuan</translation>
    </message>
    <message numerus="yes">
        <source>; %n creator(s) skipped (status %1)</source>
        <translation>
            <numerusform>; %Ln kreator dilewati (status %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::CampaignsPage</name>
    <message>
        <source>Campaigns</source>
        <translation>Kampanye</translation>
    </message>
    <message>
        <source>Search campaigns, brands, status…</source>
        <translation>Cari kampanye, brand, status…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No campaigns yet&lt;/h3&gt;&lt;p&gt;Add one with &lt;i&gt;Edit &amp;gt; New Campaign&lt;/i&gt;, or import campaigns.csv (then participants, deliverables and post metrics) with &lt;i&gt;File &amp;gt; Import CSV&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Belum ada kampanye&lt;/h3&gt;&lt;p&gt;Tambahkan lewat &lt;i&gt;Ubah &amp;gt; Kampanye baru&lt;/i&gt;, atau impor campaigns.csv (lalu peserta, konten, dan metrik postingan) lewat &lt;i&gt;Berkas &amp;gt; Impor CSV&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>All brands</source>
        <translation>Semua brand</translation>
    </message>
    <message>
        <source>Filter by brand</source>
        <translation>Saring menurut brand</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Saring menurut status</translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s)</source>
        <translation>
            <numerusform>%Ln kampanye</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanye</translation>
    </message>
    <message>
        <source>Edit Campaign</source>
        <translation>Ubah kampanye</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (salinan)</translation>
    </message>
    <message>
        <source>Delete Campaign</source>
        <translation>Hapus kampanye</translation>
    </message>
    <message numerus="yes">
        <source>%n creator(s) taking part</source>
        <translation>
            <numerusform>keikutsertaan %Ln kreator</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deliverable(s)</source>
        <translation>
            <numerusform>%Ln konten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post metric snapshot(s)</source>
        <translation>
            <numerusform>%Ln snapshot metrik postingan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s)</source>
        <translation>
            <numerusform>%Ln kontrak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%Ln pembayaran</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing else is stored for it.</source>
        <translation>Tidak ada data lain yang tersimpan untuknya.</translation>
    </message>
    <message>
        <source>This also deletes %1.</source>
        <translation>Ini juga akan menghapus %1.</translation>
    </message>
    <message>
        <source>Delete %1?

%2
Edit &gt; Undo brings it all back.</source>
        <translation>Hapus %1?

%2
Ubah &gt; Urungkan akan mengembalikan semuanya.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Hapus %1</translation>
    </message>
    <message>
        <source>Reading campaigns…</source>
        <translation>Membaca kampanye…</translation>
    </message>
    <message>
        <source>The campaigns could not be read</source>
        <translation>Kampanye tidak dapat dibaca</translation>
    </message>
</context>
<context>
    <name>cd::ContractEditor</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Contract: %1</source>
        <translation>Kontrak: %1</translation>
    </message>
    <message>
        <source>&amp;Terms</source>
        <translation>&amp;Ketentuan</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>&amp;Teks</translation>
    </message>
    <message>
        <source>&amp;Status and Versions</source>
        <translation>&amp;Status dan versi</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Ekspor &amp;PDF…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>Export Contract</source>
        <translation>Ekspor kontrak</translation>
    </message>
    <message>
        <source>contract %1.pdf</source>
        <translation>kontrak %1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; for %2 (%3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; untuk %2 (%3)</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Klausul</translation>
    </message>
    <message>
        <source>Clause text</source>
        <translation>Teks klausul</translation>
    </message>
    <message>
        <source>Redraft from &amp;Terms</source>
        <translation>Buat &amp;ulang dari ketentuan</translation>
    </message>
    <message>
        <source>Clauses you have not edited follow the terms; edited ones keep your words</source>
        <translation>Klausul yang belum Anda ubah mengikuti ketentuan; klausul yang sudah diubah tetap memakai kata-kata Anda</translation>
    </message>
    <message>
        <source>E&amp;xport Template…</source>
        <translation>Ekspor temp&amp;lat…</translation>
    </message>
    <message>
        <source>The template as JSON with its merge fields, to make your own from</source>
        <translation>Templat dalam format JSON beserta kolom isiannya, sebagai dasar templat Anda sendiri</translation>
    </message>
    <message>
        <source>&amp;Import Template…</source>
        <translation>&amp;Impor templat…</translation>
    </message>
    <message>
        <source>Keep a template of your own in the workspace</source>
        <translation>Simpan templat Anda sendiri di ruang kerja</translation>
    </message>
    <message>
        <source>Next status</source>
        <translation>Status berikutnya</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Ter&amp;apkan</translation>
    </message>
    <message>
        <source>The brand is using the content</source>
        <translation>Brand sedang memakai kontennya</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>&amp;Compare Two…</source>
        <translation>Ban&amp;dingkan dua…</translation>
    </message>
    <message>
        <source>Signed copies</source>
        <translation>Salinan bertanda tangan</translation>
    </message>
    <message>
        <source>Attach Signed &amp;Copy…</source>
        <translation>Lampirkan salinan &amp;bertanda tangan…</translation>
    </message>
    <message>
        <source>on</source>
        <translation>pada</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation>Ubah menjadi:</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Riwayat:</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>Versi:</translation>
    </message>
    <message>
        <source>Signed copy:</source>
        <translation>Salinan bertanda tangan:</translation>
    </message>
    <message>
        <source>Content of %1 in use</source>
        <translation>Konten %1 sedang dipakai</translation>
    </message>
    <message>
        <source>Content of %1 no longer in use</source>
        <translation>Konten %1 tidak lagi dipakai</translation>
    </message>
    <message>
        <source>%1, version %2%3</source>
        <translation>%1, versi %2%3</translation>
    </message>
    <message>
        <source>, signed %1</source>
        <translation>, ditandatangani %1</translation>
    </message>
    <message>
        <source>not saved yet (a draft once saved)</source>
        <translation>belum disimpan (menjadi draf setelah disimpan)</translation>
    </message>
    <message>
        <source>Version %1, %2</source>
        <translation>Versi %1, %2</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (versi %2)</translation>
    </message>
    <message>
        <source>%1 (check: terms changed)</source>
        <translation>%1 (periksa: ketentuan berubah)</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;Missing: %1.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;Belum diisi: %1.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Edited clauses to check after the change of terms: %1.</source>
        <translation>Klausul yang sudah diubah dan perlu diperiksa setelah ketentuan berubah: %1.</translation>
    </message>
    <message>
        <source>The contract is %1: read-only.</source>
        <translation>Kontrak berstatus %1: hanya-baca.</translation>
    </message>
    <message>
        <source>Contract for %1</source>
        <translation>Kontrak untuk %1</translation>
    </message>
    <message>
        <source>Exclusivity Conflict</source>
        <translation>Konflik eksklusivitas</translation>
    </message>
    <message>
        <source>Saved. This exclusivity conflicts with campaigns the creator takes part in:

%1</source>
        <translation>Tersimpan. Eksklusivitas ini bertentangan dengan kampanye yang diikuti kreator:

%1</translation>
    </message>
    <message>
        <source>Contract for %1: %2</source>
        <translation>Kontrak untuk %1: %2</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Version %1 → version %2&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Versi %1 → versi %2&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The two versions are the same.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kedua versi sama.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Compare Versions</source>
        <translation>Bandingkan versi</translation>
    </message>
    <message>
        <source>Choose two versions in the list (Ctrl+click), or one to compare with the version before it.</source>
        <translation>Pilih dua versi di daftar (Ctrl+klik), atau satu versi untuk dibandingkan dengan versi sebelumnya.</translation>
    </message>
    <message>
        <source>Compare Versions: %1</source>
        <translation>Bandingkan versi: %1</translation>
    </message>
    <message>
        <source>Attach Signed Copy</source>
        <translation>Lampirkan salinan bertanda tangan</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Hasil pindaian (*.pdf *.png *.jpg *.jpeg);;Semua file (*)</translation>
    </message>
    <message>
        <source>Signed copy of %1</source>
        <translation>Salinan bertanda tangan %1</translation>
    </message>
    <message>
        <source>save the contract first, then export it</source>
        <translation>simpan kontrak dulu, lalu ekspor</translation>
    </message>
    <message>
        <source>Export Template</source>
        <translation>Ekspor templat</translation>
    </message>
    <message>
        <source>Contract templates (*.json)</source>
        <translation>Templat kontrak (*.json)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>tidak bisa menulis %1: %2</translation>
    </message>
    <message>
        <source>Import Template</source>
        <translation>Impor templat</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>tidak bisa membaca %1: %2</translation>
    </message>
    <message>
        <source>Template &apos;%1&apos; kept in the workspace: choose it under Terms.</source>
        <translation>Templat &apos;%1&apos; disimpan di ruang kerja: pilih di tab Ketentuan.</translation>
    </message>
    <message>
        <source>choose…</source>
        <translation>pilih…</translation>
    </message>
    <message>
        <source>This contract is %1: its terms and text stay as they were agreed. Its status, and whether the content is still in use, change under Status and Versions.</source>
        <translation>Kontrak ini berstatus %1: ketentuan dan teksnya tetap seperti yang disepakati. Status dan pemakaian konten diubah di tab Status dan versi.</translation>
    </message>
</context>
<context>
    <name>cd::ContractTermsForm</name>
    <message>
        <source>English</source>
        <translation>Bahasa Inggris</translation>
    </message>
    <message>
        <source>Bahasa Indonesia</source>
        <translation>Bahasa Indonesia</translation>
    </message>
    <message>
        <source>Contract ends</source>
        <translation>Akhir kontrak</translation>
    </message>
    <message>
        <source>e.g. beverages</source>
        <translation>mis. minuman</translation>
    </message>
    <message>
        <source>Exclusivity starts</source>
        <translation>Mulai eksklusivitas</translation>
    </message>
    <message>
        <source>Exclusivity ends (not set: open-ended)</source>
        <translation>Akhir eksklusivitas (kosong: tanpa batas waktu)</translation>
    </message>
    <message>
        <source>Usage starts</source>
        <translation>Mulai penggunaan</translation>
    </message>
    <message>
        <source>Usage ends</source>
        <translation>Akhir penggunaan</translation>
    </message>
    <message>
        <source>Paid ads allowed</source>
        <translation>Boleh untuk iklan berbayar</translation>
    </message>
    <message>
        <source>as in Settings</source>
        <translation>sesuai Pengaturan</translation>
    </message>
    <message>
        <source>Days the creator has to deliver a requested revision; empty: the number in Settings</source>
        <translation>Jumlah hari bagi kreator untuk menyerahkan revisi yang diminta; kosong: angka di Pengaturan</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dalam %1</translation>
    </message>
    <message>
        <source>e.g. the Republic of Indonesia</source>
        <translation>mis. Republik Indonesia</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Templat:</translation>
    </message>
    <message>
        <source>Contract &amp;ends:</source>
        <translation>Akhir k&amp;ontrak:</translation>
    </message>
    <message>
        <source>&amp;Revision rounds:</source>
        <translation>Putaran &amp;revisi:</translation>
    </message>
    <message>
        <source>Revision t&amp;urnaround (days):</source>
        <translation>Batas &amp;waktu revisi (hari):</translation>
    </message>
    <message>
        <source>Pay&amp;ment within (days):</source>
        <translation>Pembayaran &amp;dalam (hari):</translation>
    </message>
    <message>
        <source>Cancellation &amp;notice (days):</source>
        <translation>Pemberitahuan &amp;pembatalan (hari):</translation>
    </message>
    <message>
        <source>&amp;Kill fee:</source>
        <translation>Biaya pembatalan (&amp;kill fee):</translation>
    </message>
    <message>
        <source>Governing la&amp;w:</source>
        <translation>&amp;Hukum yang berlaku:</translation>
    </message>
    <message>
        <source>Exclusivity</source>
        <translation>Eksklusivitas</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Kate&amp;gori:</translation>
    </message>
    <message>
        <source>Com&amp;petitors:</source>
        <translation>Pe&amp;saing:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>D&amp;ari:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>Sa&amp;mpai:</translation>
    </message>
    <message>
        <source>Content usage rights</source>
        <translation>Hak penggunaan konten</translation>
    </message>
    <message>
        <source>Organic social</source>
        <translation>Media sosial organik</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Situs web</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Media cetak</translation>
    </message>
    <message>
        <source>Outdoor</source>
        <translation>Luar ruang</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>Dar&amp;i:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>Hi&amp;ngga:</translation>
    </message>
    <message>
        <source>revision rounds</source>
        <translation>putaran revisi</translation>
    </message>
    <message>
        <source>payment days</source>
        <translation>hari pembayaran</translation>
    </message>
    <message>
        <source>notice days</source>
        <translation>hari pemberitahuan</translation>
    </message>
    <message>
        <source>revision turnaround</source>
        <translation>batas waktu revisi</translation>
    </message>
    <message>
        <source>kill fee: %1</source>
        <translation>biaya pembatalan: %1</translation>
    </message>
    <message>
        <source>Separated by commas: Teh Botol, Frestea</source>
        <translation>Pisahkan dengan koma: Teh Botol, Frestea</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standar</translation>
    </message>
</context>
<context>
    <name>cd::ContractsPage</name>
    <message>
        <source>Contracts</source>
        <translation>Kontrak</translation>
    </message>
    <message>
        <source>Search campaigns, creators, brands…</source>
        <translation>Cari kampanye, kreator, brand…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No contracts yet&lt;/h3&gt;&lt;p&gt;Draft one from a campaign: on the &lt;i&gt;Campaigns&lt;/i&gt; page choose a creator taking part and press &lt;i&gt;Contract…&lt;/i&gt;. The text is drafted from the terms in English or Bahasa Indonesia; existing deals come in with &lt;i&gt;File &amp;gt; Import CSV&lt;/i&gt; (contracts.csv).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Belum ada kontrak&lt;/h3&gt;&lt;p&gt;Buat draf dari sebuah kampanye: di halaman &lt;i&gt;Kampanye&lt;/i&gt;, pilih kreator yang ikut serta lalu tekan &lt;i&gt;Kontrak…&lt;/i&gt;. Teksnya disusun dari ketentuan dalam bahasa Inggris atau Bahasa Indonesia; kesepakatan yang sudah ada bisa dimasukkan lewat &lt;i&gt;Berkas &amp;gt; Impor CSV&lt;/i&gt; (contracts.csv).&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s)</source>
        <translation>
            <numerusform>%Ln kontrak</numerusform>
        </translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Saring menurut status</translation>
    </message>
    <message>
        <source>&amp;Open Contract…</source>
        <translation>&amp;Buka kontrak…</translation>
    </message>
    <message>
        <source>&amp;Delete Draft…</source>
        <translation>&amp;Hapus draf…</translation>
    </message>
    <message>
        <source>Delete Contract</source>
        <translation>Hapus kontrak</translation>
    </message>
    <message>
        <source>This contract is %1, so it is kept as a record of the deal: open it and mark it terminated instead.</source>
        <translation>Kontrak ini berstatus %1, jadi tetap disimpan sebagai catatan kesepakatan: buka kontraknya dan tandai sebagai diakhiri.</translation>
    </message>
    <message>
        <source>Delete this draft contract with its text?</source>
        <translation>Hapus draf kontrak ini beserta teksnya?</translation>
    </message>
    <message>
        <source>Delete draft contract</source>
        <translation>Hapus draf kontrak</translation>
    </message>
    <message>
        <source>Reading contracts…</source>
        <translation>Membaca kontrak…</translation>
    </message>
    <message>
        <source>The contracts could not be read</source>
        <translation>Kontrak tidak dapat dibaca</translation>
    </message>
</context>
<context>
    <name>cd::CreatorEditor</name>
    <message>
        <source>Creator — %1</source>
        <translation>Kreator — %1</translation>
    </message>
    <message>
        <source>New Creator</source>
        <translation>Kreator baru</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Akun</translation>
    </message>
    <message>
        <source>&amp;Rates</source>
        <translation>&amp;Tarif</translation>
    </message>
    <message>
        <source>A&amp;udience</source>
        <translation>A&amp;udiens</translation>
    </message>
    <message>
        <source>&amp;Vetting</source>
        <translation>Pe&amp;nilaian</translation>
    </message>
    <message>
        <source>Mone&amp;y</source>
        <translation>&amp;Keuangan</translation>
    </message>
    <message>
        <source>Ca&amp;mpaigns</source>
        <translation>Ka&amp;mpanye</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>Tindak &amp;lanjut</translation>
    </message>
    <message>
        <source>&amp;Follow-ups (%1)</source>
        <translation>Tindak &amp;lanjut (%1)</translation>
    </message>
    <message>
        <source>&amp;Growth</source>
        <translation>Pertum&amp;buhan</translation>
    </message>
    <message>
        <source>Media &amp;Kit as PDF…</source>
        <translation>Media kit sebagai P&amp;DF…</translation>
    </message>
    <message>
        <source>A one-page media kit for brands from what is saved: platforms, engagement, growth, audience, latest collaborations and rate card</source>
        <translation>Media kit satu halaman untuk brand dari data yang tersimpan: platform, engagement, pertumbuhan, audiens, kolaborasi terbaru, dan rate card</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>vetting %1</source>
        <translation>penilaian: %1</translation>
    </message>
    <message>
        <source>Campaigns with this creator</source>
        <translation>Kampanye dengan kreator ini</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanye</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>Campaign status</source>
        <translation>Status kampanye</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Creator status</source>
        <translation>Status kreator</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>mulai %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <source>Not in any campaign yet.</source>
        <translation>Belum ikut kampanye apa pun.</translation>
    </message>
    <message>
        <source>Past and current campaigns, newest first.</source>
        <translation>Kampanye sebelumnya dan yang sedang berjalan, terbaru di atas.</translation>
    </message>
    <message>
        <source>Save the creator first to add follow-ups.</source>
        <translation>Simpan kreator terlebih dahulu untuk menambahkan tindak lanjut.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The tier of their largest account, each platform&apos;s followers, their niche and the vetting score</source>
        <translation>Tier dari akun terbesarnya, pengikut tiap platform, niche, dan skor vetting</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Deliverables done, of all the creator has in the campaign</source>
        <translation>Konten yang selesai, dari semua konten kreator di kampanye ini</translation>
    </message>
</context>
<context>
    <name>cd::CreatorRosterModel</name>
    <message>
        <source>Archived</source>
        <translation>Diarsipkan</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>No post metrics in the last 90 days</source>
        <translation>Tidak ada metrik postingan dalam 90 hari terakhir</translation>
    </message>
    <message>
        <source>reach</source>
        <translation>jangkauan</translation>
    </message>
    <message>
        <source>impressions</source>
        <translation>impresi</translation>
    </message>
    <message>
        <source>followers at posting</source>
        <translation>pengikut saat diposting</translation>
    </message>
    <message numerus="yes">
        <source>Engagement rate by %1, last 90 days (%n post(s)): %2 engagements / %3 = %4</source>
        <translation>
            <numerusform>Engagement rate terhadap %1, 90 hari terakhir (%Ln postingan): %2 engagement / %3 = %4</numerusform>
        </translation>
    </message>
    <message>
        <source>no rate</source>
        <translation>belum ada ER</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) left out: no %1 for them</source>
        <translation>
            <numerusform>%Ln postingan tidak dihitung: tidak ada data %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Pengikut</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Niche</source>
        <translation>Niche</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manajer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No follower count yet</source>
        <translation>Belum ada jumlah pengikut</translation>
    </message>
    <message>
        <source>Followers on the largest platform, which sets the tier:</source>
        <translation>Pengikut di platform terbesar, yang menentukan tier:</translation>
    </message>
    <message>
        <source>%1: no count yet</source>
        <translation>%1: belum ada jumlah</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>All platforms: %1</source>
        <translation>Semua platform: %1</translation>
    </message>
    <message>
        <source>Followers on the creator&apos;s largest platform, which sets the tier; hover a row for every platform</source>
        <translation>Pengikut di platform terbesar kreator, yang menentukan tier; arahkan kursor ke baris untuk melihat tiap platform</translation>
    </message>
</context>
<context>
    <name>cd::CreatorsPage</name>
    <message>
        <source>Creators</source>
        <translation>Kreator</translation>
    </message>
    <message>
        <source>Search name, niche, country, manager…</source>
        <translation>Cari nama, niche, negara, manajer…</translation>
    </message>
    <message>
        <source>Search creators</source>
        <translation>Cari kreator</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>Tampilkan yang &amp;diarsipkan</translation>
    </message>
    <message>
        <source>Filter by tier</source>
        <translation>Saring menurut tier</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>Semua tier</translation>
    </message>
    <message>
        <source>Filter by platform</source>
        <translation>Saring menurut platform</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Semua platform</translation>
    </message>
    <message>
        <source>Filter by niche</source>
        <translation>Saring menurut niche</translation>
    </message>
    <message>
        <source>Record &amp;Follower Count…</source>
        <translation>Catat jumlah &amp;pengikut…</translation>
    </message>
    <message>
        <source>Type in a follower count seen on the creator&apos;s profile, with a screenshot</source>
        <translation>Masukkan jumlah pengikut yang terlihat di profil kreator, beserta tangkapan layarnya</translation>
    </message>
    <message>
        <source>Media &amp;Kit as PDF…</source>
        <translation>Media &amp;kit sebagai PDF…</translation>
    </message>
    <message>
        <source>A one-page media kit for brands: platforms, engagement, growth, audience, latest collaborations and rate card</source>
        <translation>Media kit satu halaman untuk brand: platform, engagement, pertumbuhan, audiens, kolaborasi terbaru, dan rate card</translation>
    </message>
    <message>
        <source>Media Kit for %1</source>
        <translation>Media kit untuk %1</translation>
    </message>
    <message>
        <source>One A4 page from what is saved, as of today: platforms, engagement and growth over the last 90 days, audience, latest collaborations and rate card.</source>
        <translation>Satu halaman A4 dari data yang tersimpan, per hari ini: platform, engagement dan pertumbuhan dalam 90 hari terakhir, audiens, kolaborasi terbaru, dan rate card.</translation>
    </message>
    <message>
        <source>Media kit - %1.pdf</source>
        <translation>Media kit - %1.pdf</translation>
    </message>
    <message>
        <source>Save Media Kit</source>
        <translation>Simpan media kit</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Media Kit</source>
        <translation>Media kit</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Kreator</translation>
    </message>
    <message>
        <source>Edit Creator</source>
        <translation>Ubah kreator</translation>
    </message>
    <message>
        <source>Duplicate Creator</source>
        <translation>Duplikat kreator</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (salinan)</translation>
    </message>
    <message>
        <source>Unarchive %1</source>
        <translation>Keluarkan %1 dari arsip</translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation>Arsipkan %1</translation>
    </message>
    <message numerus="yes">
        <source>Unarchive %n creator(s)</source>
        <translation>
            <numerusform>Keluarkan %Ln kreator dari arsip</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %n creator(s)</source>
        <translation>
            <numerusform>Arsipkan %Ln kreator</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Creator</source>
        <translation>Hapus kreator</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n campaign(s))</source>
        <translation>
            <numerusform>%1 (%Ln kampanye)</numerusform>
        </translation>
    </message>
    <message>
        <source>

The other creators selected are left as they are; delete them on their own.</source>
        <translation>

Kreator lain yang dipilih tidak diubah; hapus mereka satu per satu.</translation>
    </message>
    <message>
        <source>%1 took part in campaigns, and deleting would take that history with them.

Archive instead? Archived creators are hidden from daily views and keep their history.%2</source>
        <translation>%1 pernah ikut kampanye, dan menghapusnya akan ikut menghapus riwayat tersebut.

Arsipkan saja? Kreator yang diarsipkan disembunyikan dari tampilan harian dan riwayatnya tetap tersimpan.%2</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arsipkan</translation>
    </message>
    <message numerus="yes">
        <source>%n creator(s)</source>
        <translation>
            <numerusform>%Ln kreator</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n platform account(s)</source>
        <translation>
            <numerusform>%Ln akun platform</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follower count(s)</source>
        <translation>
            <numerusform>%Ln catatan jumlah pengikut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rate card price(s)</source>
        <translation>
            <numerusform>%Ln harga rate card</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vetting answer(s)</source>
        <translation>
            <numerusform>%Ln jawaban penilaian kreator</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s)</source>
        <translation>
            <numerusform>%Ln file lampiran</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing else is stored for it.</source>
        <translation>Tidak ada data lain yang tersimpan untuknya.</translation>
    </message>
    <message>
        <source>This also deletes %1.</source>
        <translation>Ini juga akan menghapus %1.</translation>
    </message>
    <message>
        <source>Delete %1?

%2
Edit &gt; Undo brings it all back.</source>
        <translation>Hapus %1?

%2
Ubah &gt; Urungkan akan mengembalikan semuanya.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Hapus %1</translation>
    </message>
    <message>
        <source>All niches</source>
        <translation>Semua niche</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n creator(s)</source>
        <translation>
            <numerusform>%1 dari %Ln kreator</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;No creators yet&lt;/h3&gt;&lt;p&gt;Creators you add or import appear here, with their tier, platforms and follower counts.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Belum ada kreator&lt;/h3&gt;&lt;p&gt;Kreator yang Anda tambahkan atau impor akan muncul di sini, beserta tier, platform, dan jumlah pengikutnya.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No creator matches&lt;/h3&gt;&lt;p&gt;Change the search, or show archived creators.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tidak ada kreator yang cocok&lt;/h3&gt;&lt;p&gt;Ubah pencarian, atau tampilkan kreator yang diarsipkan.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Erase Personal Data…</source>
        <translation>&amp;Hapus Data Pribadi…</translation>
    </message>
    <message>
        <source>On the creator&apos;s request: remove their personal data for good; campaigns keep anonymous rows and tax records are kept</source>
        <translation>Atas permintaan kreator: hapus permanen data pribadinya; kampanye menyimpan baris anonim dan catatan pajak tetap disimpan</translation>
    </message>
    <message>
        <source>Erase Personal Data</source>
        <translation>Hapus Data Pribadi</translation>
    </message>
    <message>
        <source>%1

This cannot be undone, and Edit &gt; Undo forgets its earlier steps.</source>
        <translation>%1

Tindakan ini tidak bisa dibatalkan, dan Ubah &gt; Urungkan melupakan langkah-langkah sebelumnya.</translation>
    </message>
    <message>
        <source>Erase for Good</source>
        <translation>Hapus Permanen</translation>
    </message>
    <message>
        <source>Reading the roster…</source>
        <translation>Membaca daftar kreator…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Reading the roster…&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Membaca daftar kreator…&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The roster could not be read&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Daftar kreator tidak dapat dibaca&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %n creator(s) by name; reading the rest…</source>
        <translation>
            <numerusform>%1 kreator pertama dari %Ln menurut nama; sisanya sedang dibaca…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n archived hidden)</source>
        <translation>
            <numerusform>%1 (%Ln yang diarsipkan disembunyikan)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::DashboardPage</name>
    <message>
        <source>Active campaign</source>
        <translation>Kampanye aktif</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Postingan</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Tayangan</translation>
    </message>
    <message>
        <source>New followers</source>
        <translation>Pengikut baru</translation>
    </message>
    <message>
        <source>Link clicks</source>
        <translation>Klik tautan</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Pendapatan</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanye</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Kreator</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>CPE</source>
        <translation>CPE</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 hari</translation>
    </message>
    <message>
        <source>What to look at</source>
        <translation>Yang perlu diperhatikan</translation>
    </message>
    <message>
        <source>Campaigns running</source>
        <translation>Kampanye berjalan</translation>
    </message>
    <message>
        <source>Progress against each target set, as of today.</source>
        <translation>Progres terhadap setiap target yang ditetapkan, per hari ini.</translation>
    </message>
    <message>
        <source>Due this week and late</source>
        <translation>Tenggat minggu ini dan terlambat</translation>
    </message>
    <message>
        <source>Overdue payments</source>
        <translation>Pembayaran lewat jatuh tempo</translation>
    </message>
    <message>
        <source>Not paid by their due date, most overdue first. Open one to see its campaign.</source>
        <translation>Belum dibayar sampai jatuh tempo, yang paling lama terlambat di atas. Buka salah satu untuk melihat kampanyenya.</translation>
    </message>
    <message>
        <source>Worth a closer look</source>
        <translation>Perlu dicek lebih lanjut</translation>
    </message>
    <message>
        <source>Exclusivities broken, usage rights ending or used past their end, and authenticity warnings from the last 30 days (signs, not verdicts).</source>
        <translation>Eksklusivitas yang dilanggar, hak penggunaan yang akan berakhir atau dipakai melewati masa berlakunya, dan peringatan keaslian dari 30 hari terakhir (indikasi, bukan vonis).</translation>
    </message>
    <message>
        <source>Follower growth across the roster</source>
        <translation>Pertumbuhan pengikut di seluruh daftar kreator</translation>
    </message>
    <message>
        <source>Followers of active creators, week by week for six months; who grew or lost most in the last 30 days.</source>
        <translation>Pengikut kreator aktif, per minggu selama enam bulan; siapa yang paling banyak bertambah atau berkurang dalam 30 hari terakhir.</translation>
    </message>
    <message>
        <source>Engagement, last 90 days</source>
        <translation>Engagement, 90 hari terakhir</translation>
    </message>
    <message>
        <source>Highest and lowest rates on the basis chosen in Settings.</source>
        <translation>Engagement rate tertinggi dan terendah, dihitung sesuai pilihan di Pengaturan.</translation>
    </message>
    <message>
        <source>Cost per engagement</source>
        <translation>Biaya per engagement</translation>
    </message>
    <message>
        <source>Cost so far / engagements so far, per creator in running campaigns.</source>
        <translation>Biaya sejauh ini / engagement sejauh ini, per kreator di kampanye yang sedang berjalan.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Tertinggi</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Terendah</translation>
    </message>
    <message>
        <source>%1 engagements</source>
        <translation>%1 engagement</translation>
    </message>
    <message numerus="yes">
        <source>Followers of %n account(s)</source>
        <translation>
            <numerusform>Pengikut dari %Ln akun</numerusform>
        </translation>
    </message>
    <message>
        <source>All active creators</source>
        <translation>Semua kreator aktif</translation>
    </message>
    <message>
        <source>%1 followers 30 days ago</source>
        <translation>%1 pengikut 30 hari lalu</translation>
    </message>
    <message>
        <source>Growing fastest</source>
        <translation>Tumbuh paling cepat</translation>
    </message>
    <message>
        <source>Losing followers</source>
        <translation>Kehilangan pengikut</translation>
    </message>
    <message>
        <source>Exclusivity</source>
        <translation>Eksklusivitas</translation>
    </message>
    <message>
        <source>Usage rights</source>
        <translation>Hak penggunaan</translation>
    </message>
    <message>
        <source>%1&apos;s rights to the %2 content end %3 (%4)</source>
        <translation>Hak %1 atas konten %2 berakhir %3 (%4)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hari ini</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dalam %Ln hari</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s rights to the %2 content ended %3 ago, and the content is still in use</source>
        <translation>Hak %1 atas konten %2 sudah berakhir %3 lalu, dan kontennya masih dipakai</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%Ln hari</numerusform>
        </translation>
    </message>
    <message>
        <source>Authenticity</source>
        <translation>Keaslian</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more on the Payments page</source>
        <translation>
            <numerusform>…dan %Ln lainnya di halaman Pembayaran</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing overdue today.</source>
        <translation>Tidak ada yang lewat jatuh tempo hari ini.</translation>
    </message>
    <message>
        <source>%1: no value yet against the %2 target</source>
        <translation>%1: belum ada nilai terhadap target %2</translation>
    </message>
    <message>
        <source>%1: %2 of the %3 target (%4)</source>
        <translation>%1: %2 dari target %3 (%4)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Tenggat hari ini</translation>
    </message>
    <message>
        <source>Later this week</source>
        <translation>Nanti minggu ini</translation>
    </message>
    <message>
        <source>Not posted yet. A busy group is split by campaign: open one to see its posts.</source>
        <translation>Belum diposting. Kelompok yang ramai dibagi per kampanye: buka salah satunya untuk melihat kontennya.</translation>
    </message>
    <message>
        <source>No %1 target set for this campaign</source>
        <translation>Kampanye ini tidak punya target %1</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Semua platform</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <source>%1 net</source>
        <translation>%1 bersih</translation>
    </message>
    <message>
        <source>Pay %1 · %2</source>
        <translation>Bayar %1 · %2</translation>
    </message>
    <message>
        <source>%1 owes · %2 / %3</source>
        <translation>%1 berutang · %2 / %3</translation>
    </message>
    <message>
        <source>working out the figures…</source>
        <translation>menghitung angka…</translation>
    </message>
    <message>
        <source>Working out…</source>
        <translation>Sedang dihitung…</translation>
    </message>
    <message>
        <source>Usage rights · %1</source>
        <translation>Hak penggunaan · %1</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more on the Today page</source>
        <translation>
            <numerusform>…dan %Ln lainnya di halaman Hari Ini</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not work this out: %1</source>
        <translation>Tidak dapat dihitung: %1</translation>
    </message>
    <message>
        <source>%1 (%2) overlaps the exclusivity to %3</source>
        <translation>%1 (%2) bertabrakan dengan eksklusivitas untuk %3</translation>
    </message>
    <message>
        <source>%1 (%2) overlaps the exclusivity to %3 for %4</source>
        <translation>%1 (%2) bertabrakan dengan eksklusivitas untuk %3 kategori %4</translation>
    </message>
    <message>
        <source>%1, not signed yet</source>
        <translation>%1, belum ditandatangani</translation>
    </message>
    <message>
        <source>Ends %1 (%2) · %3</source>
        <translation>Berakhir %1 (%2) · %3</translation>
    </message>
    <message>
        <source>Ended %1 ago, in use · %2</source>
        <translation>Berakhir %1 lalu, masih dipakai · %2</translation>
    </message>
    <message>
        <source>posts</source>
        <translation>postingan</translation>
    </message>
    <message>
        <source>views</source>
        <translation>tayangan</translation>
    </message>
    <message>
        <source>engagement rate</source>
        <translation>tingkat engagement</translation>
    </message>
    <message>
        <source>new followers</source>
        <translation>pengikut baru</translation>
    </message>
    <message>
        <source>link clicks</source>
        <translation>klik tautan</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>pendapatan</translation>
    </message>
    <message>
        <source>Eng. rate</source>
        <translation>ER</translation>
    </message>
</context>
<context>
    <name>cd::DealCardDelegate</name>
    <message>
        <source>Late</source>
        <translation>Telat</translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>Tak ada tenggat</translation>
    </message>
    <message>
        <source>No manager</source>
        <translation>Tanpa manajer</translation>
    </message>
    <message>
        <source>Managed by %1</source>
        <translation>Ditangani %1</translation>
    </message>
    <message>
        <source>No fee</source>
        <translation>Tanpa fee</translation>
    </message>
</context>
<context>
    <name>cd::DealListModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3 %4</source>
        <translation>%1 (%2): %3 %4</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1/%2 posted</source>
        <translation>%1/%2 diposting</translation>
    </message>
</context>
<context>
    <name>cd::DeliverableEditor</name>
    <message>
        <source>Deliverable — %1</source>
        <translation>Konten — %1</translation>
    </message>
    <message>
        <source>New Deliverable</source>
        <translation>Konten baru</translation>
    </message>
    <message>
        <source>C&amp;reator:</source>
        <translation>&amp;Kreator:</translation>
    </message>
    <message>
        <source>e.g. Iftar reel</source>
        <translation>mis. Reel buka puasa</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Judul:</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Platform:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>Jatuh &amp;tempo:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>the contract&apos;s rounds</source>
        <translation>jatah di kontrak</translation>
    </message>
    <message>
        <source>used of</source>
        <translation>terpakai dari</translation>
    </message>
    <message>
        <source>Re&amp;visions:</source>
        <translation>&amp;Revisi:</translation>
    </message>
    <message>
        <source>Post &amp;URL:</source>
        <translation>&amp;URL postingan:</translation>
    </message>
    <message>
        <source>Posted on</source>
        <translation>Diposting pada</translation>
    </message>
    <message>
        <source>P&amp;osted on:</source>
        <translation>Diposting pa&amp;da:</translation>
    </message>
    <message>
        <source>The caption as posted, for the brief compliance check</source>
        <translation>Caption sebagaimana diposting, untuk cek kepatuhan pada brief</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>&amp;Keterangan (caption):</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>(you)</source>
        <translation>(Anda)</translation>
    </message>
    <message>
        <source>No revision asked yet.</source>
        <translation>Belum ada permintaan revisi.</translation>
    </message>
    <message>
        <source>Feedback:</source>
        <translation>Masukan:</translation>
    </message>
    <message>
        <source>revision limit</source>
        <translation>batas revisi</translation>
    </message>
    <message>
        <source>add a creator to the campaign first</source>
        <translation>tambahkan dulu kreator ke kampanye</translation>
    </message>
    <message>
        <source>“%1” of %2</source>
        <translation>“%1” dari %2</translation>
    </message>
    <message>
        <source>Revisions used</source>
        <translation>Revisi terpakai</translation>
    </message>
    <message>
        <source>Revision limit</source>
        <translation>Batas revisi</translation>
    </message>
</context>
<context>
    <name>cd::DeliverableListModel</name>
    <message>
        <source>Late: due %1 and not posted yet</source>
        <translation>Terlambat: tenggat %1 dan belum diposting</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <source>✓ follows</source>
        <translation>✓ sesuai</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Kreator</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Revisi</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Diposting</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>Tagar</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mention</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Penanda iklan</translation>
    </message>
    <message>
        <source>Posting window</source>
        <translation>Jadwal unggah</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
</context>
<context>
    <name>cd::DeliverablesPanel</name>
    <message>
        <source>Draft &amp;Submitted</source>
        <translation>Draf &amp;dikirim</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>&amp;Setujui</translation>
    </message>
    <message>
        <source>Mark &amp;Posted</source>
        <translation>Tandai di&amp;posting</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verifikasi</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Terverifikasi</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Tambah…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>Move the deliverable one step along the pipeline</source>
        <translation>Majukan konten satu tahap dalam alurnya</translation>
    </message>
    <message>
        <source>Request &amp;Revision…</source>
        <translation>Minta &amp;revisi…</translation>
    </message>
    <message>
        <source>&amp;Numbers…</source>
        <translation>Isi &amp;metrik…</translation>
    </message>
    <message>
        <source>Type in a posted deliverable&apos;s views, likes and the rest for a day, with proof</source>
        <translation>Isi tayangan, suka, dan angka lain dari konten yang sudah diposting untuk satu hari, beserta bukti tayang</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Hapus…</translation>
    </message>
    <message>
        <source>Next Step</source>
        <translation>Langkah berikutnya</translation>
    </message>
    <message numerus="yes">
        <source>%n deliverable(s), </source>
        <translation>
            <numerusform>%Ln konten, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%Ln terlambat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deliverable(s)</source>
        <translation>
            <numerusform>%Ln konten</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Deliverable</source>
        <translation>Ubah konten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Request Revision</source>
        <translation>Minta revisi</translation>
    </message>
    <message>
        <source>What should change in “%1”? The note is kept with this round.</source>
        <translation>Apa yang perlu diubah di “%1”? Catatan ini disimpan bersama putaran revisi ini.</translation>
    </message>
    <message>
        <source>Request a revision of %1</source>
        <translation>Minta revisi untuk %1</translation>
    </message>
    <message>
        <source>Past the Revision Limit</source>
        <translation>Melewati batas revisi</translation>
    </message>
    <message>
        <source>The request is recorded, but %1. The contract may allow a fee for extra rounds.</source>
        <translation>Permintaan sudah dicatat, tetapi %1. Kontrak mungkin mengatur fee untuk putaran revisi tambahan.</translation>
    </message>
    <message>
        <source>Delete Deliverable</source>
        <translation>Hapus konten</translation>
    </message>
    <message>
        <source>Delete “%1” with the feedback on its drafts?

Edit &gt; Undo brings it back.</source>
        <translation>Hapus “%1” beserta masukan pada drafnya?

Ubah &gt; Urungkan akan mengembalikannya.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Hapus %1</translation>
    </message>
</context>
<context>
    <name>cd::DocumentDialog</name>
    <message>
        <source>English</source>
        <translation>Bahasa Inggris</translation>
    </message>
    <message>
        <source>Bahasa Indonesia</source>
        <translation>Bahasa Indonesia</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Simpan PDF…</translation>
    </message>
</context>
<context>
    <name>cd::EngagementChart</name>
    <message>
        <source>Engagement over time</source>
        <translation>Engagement dari waktu ke waktu</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>ER (%)</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Suka</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Dibagikan</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>Disimpan</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>ER</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Selesai</translation>
    </message>
</context>
<context>
    <name>cd::FirstRunDialog</name>
    <message>
        <source>Welcome to CollabDesk</source>
        <translation>Selamat datang di CollabDesk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to CollabDesk&lt;/h2&gt;&lt;p&gt;Your creators, brands, campaigns, contracts and results live in one workspace file on this computer. Nothing leaves it.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Selamat datang di CollabDesk&lt;/h2&gt;&lt;p&gt;Kreator, brand, kampanye, kontrak, dan hasil Anda tersimpan dalam satu file ruang kerja di komputer ini. Tidak ada yang keluar dari komputer ini.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Create my workspace</source>
        <translation>Buat ruang kerja saya</translation>
    </message>
    <message>
        <source>An empty workspace at %1, for your own creators and campaigns.</source>
        <translation>Ruang kerja kosong di %1, untuk kreator dan kampanye Anda sendiri.</translation>
    </message>
    <message>
        <source>Open a workspace file…</source>
        <translation>Buka file ruang kerja…</translation>
    </message>
    <message>
        <source>A .collabdesk file you already have, for example from a colleague&apos;s backup.</source>
        <translation>File .collabdesk yang sudah Anda miliki, misalnya dari cadangan rekan kerja.</translation>
    </message>
    <message>
        <source>Explore a demo workspace</source>
        <translation>Jelajahi ruang kerja demo</translation>
    </message>
    <message>
        <source>40 creators and 9 campaigns with briefs, metrics and contracts, in a separate file: try everything without touching your own data.</source>
        <translation>40 kreator dan 9 kampanye lengkap dengan brief, metrik, dan kontrak, dalam file terpisah: coba semua fitur tanpa menyentuh data Anda sendiri.</translation>
    </message>
</context>
<context>
    <name>cd::FollowerCountDialog</name>
    <message>
        <source>Follower Count: %1</source>
        <translation>Jumlah pengikut: %1</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>%1 @%2</source>
        <translation>%1 @%2</translation>
    </message>
    <message>
        <source>Seen on</source>
        <translation>Dilihat pada</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Pengikut</translation>
    </message>
    <message>
        <source>e.g. 52,500</source>
        <translation>mis. 52.500</translation>
    </message>
    <message>
        <source>manual entry</source>
        <translation>input manual</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Proof screenshots</source>
        <translation>Tangkapan layar bukti</translation>
    </message>
    <message>
        <source>&amp;Attach Screenshot…</source>
        <translation>&amp;Lampirkan tangkapan layar…</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Akun:</translation>
    </message>
    <message>
        <source>&amp;Seen on:</source>
        <translation>Dilihat pa&amp;da:</translation>
    </message>
    <message>
        <source>&amp;Followers:</source>
        <translation>&amp;Pengikut:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>S&amp;umber:</translation>
    </message>
    <message>
        <source>Proof:</source>
        <translation>Bukti:</translation>
    </message>
    <message>
        <source>Last recorded: %1 on %2</source>
        <translation>Terakhir dicatat: %1 pada %2</translation>
    </message>
    <message>
        <source>No count recorded yet.</source>
        <translation>Belum ada jumlah pengikut yang dicatat.</translation>
    </message>
    <message>
        <source>the creator has no account yet: add one in the creator&apos;s Accounts tab</source>
        <translation>kreator belum punya akun: tambahkan di tab Akun milik kreator</translation>
    </message>
    <message>
        <source>follower count</source>
        <translation>jumlah pengikut</translation>
    </message>
    <message>
        <source>type the follower count</source>
        <translation>isi jumlah pengikut</translation>
    </message>
    <message>
        <source>%1 (kept on save)</source>
        <translation>%1 (tersimpan saat Anda menyimpan)</translation>
    </message>
    <message>
        <source>Followers of %1 on %2</source>
        <translation>Pengikut %1 pada %2</translation>
    </message>
</context>
<context>
    <name>cd::FollowersChart</name>
    <message>
        <source>Followers over time</source>
        <translation>Pengikut dari waktu ke waktu</translation>
    </message>
</context>
<context>
    <name>cd::FollowupDialog</name>
    <message>
        <source>Edit Follow-up</source>
        <translation>Ubah tindak lanjut</translation>
    </message>
    <message>
        <source>New Follow-up</source>
        <translation>Tindak lanjut baru</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Terkait</translation>
    </message>
    <message>
        <source>The %1 this follow-up belongs to</source>
        <translation>%1 yang terkait dengan tindak lanjut ini</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Tanggal tindak lanjut</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>What to follow up on: a call to make, a reply to chase, a rate to confirm</source>
        <translation>Apa yang perlu ditindaklanjuti: telepon yang harus dilakukan, balasan yang perlu dikejar, tarif yang perlu dikonfirmasi</translation>
    </message>
    <message>
        <source>Whose follow-up</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>Whoever manages the creator</source>
        <translation>Manajer kreator terkait</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Siapa saja</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Terkait:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>Jatuh &amp;tempo:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>&amp;Manajer:</translation>
    </message>
    <message>
        <source>D&amp;one on %1</source>
        <translation>&amp;Selesai pada %1</translation>
    </message>
    <message>
        <source>D&amp;one</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <source>the workspace is open read-only; nothing can be saved</source>
        <translation>ruang kerja dibuka dalam mode hanya-baca; tidak ada yang bisa disimpan</translation>
    </message>
    <message>
        <source>say what to follow up on: the note is empty</source>
        <translation>tulis apa yang perlu ditindaklanjuti: catatannya masih kosong</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hari ini</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>besok</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%Ln hari lagi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%Ln hari lalu</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Edit follow-up: %1</source>
        <translation>Ubah tindak lanjut: %1</translation>
    </message>
    <message>
        <source>Add follow-up: %1</source>
        <translation>Tambah tindak lanjut: %1</translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation>tidak tersimpan: %1</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Buang perubahan</translation>
    </message>
    <message>
        <source>Discard your changes to this follow-up?</source>
        <translation>Buang perubahan Anda pada tindak lanjut ini?</translation>
    </message>
    <message>
        <source>Discard this follow-up? It is not saved yet.</source>
        <translation>Buang tindak lanjut ini? Tindak lanjut ini belum disimpan.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Lanjutkan mengubah</translation>
    </message>
</context>
<context>
    <name>cd::FollowupsPanel</name>
    <message>
        <source>Follow-ups</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>&amp;New Follow-up…</source>
        <translation>Tindak lanjut &amp;baru…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>Mark D&amp;one</source>
        <translation>Tandai &amp;selesai</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Delete the chosen follow-up (Delete). Nothing is asked: Undo brings it back.</source>
        <translation>Hapus tindak lanjut yang dipilih (Delete). Tanpa konfirmasi: Urungkan akan mengembalikannya.</translation>
    </message>
    <message>
        <source>Mark the chosen follow-up done (Space)</source>
        <translation>Tandai tindak lanjut yang dipilih sebagai selesai (Space)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Baru…</translation>
    </message>
    <message>
        <source>Change the chosen follow-up&apos;s day, note or owner (Enter)</source>
        <translation>Ubah tanggal, catatan, atau penanggung jawab tindak lanjut yang dipilih (Enter)</translation>
    </message>
    <message>
        <source>The follow-ups could not be read: %1</source>
        <translation>Tindak lanjut tidak bisa dibaca: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%Ln belum selesai</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n late</source>
        <translation>
            <numerusform>%1, %Ln terlambat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n done</source>
        <translation>
            <numerusform>%1 · %Ln selesai</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a campaign to see its follow-ups.</source>
        <translation>Pilih kampanye untuk melihat tindak lanjutnya.</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Buka &amp;lagi</translation>
    </message>
    <message>
        <source>Open the chosen follow-up again (Space)</source>
        <translation>Buka lagi tindak lanjut yang dipilih (Space)</translation>
    </message>
    <message>
        <source>Mark the chosen follow-up done today (Space)</source>
        <translation>Tandai tindak lanjut yang dipilih selesai hari ini (Space)</translation>
    </message>
    <message>
        <source>%1 &lt;a href=&quot;undo&quot;&gt;Undo&lt;/a&gt;</source>
        <translation>%1 &lt;a href=&quot;undo&quot;&gt;Urungkan&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Diurungkan: %1.</translation>
    </message>
    <message>
        <source>Added “%1”, due %2.</source>
        <translation>“%1” ditambahkan, jatuh tempo %2.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>“%1” disimpan.</translation>
    </message>
    <message>
        <source>Reopen follow-up: %1</source>
        <translation>Buka lagi tindak lanjut: %1</translation>
    </message>
    <message>
        <source>Follow-up done: %1</source>
        <translation>Tindak lanjut selesai: %1</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Buka lagi</translation>
    </message>
    <message>
        <source>Mark Done</source>
        <translation>Tandai selesai</translation>
    </message>
    <message>
        <source>Reopened “%1”.</source>
        <translation>“%1” dibuka lagi.</translation>
    </message>
    <message>
        <source>Marked “%1” done.</source>
        <translation>“%1” ditandai selesai.</translation>
    </message>
    <message>
        <source>Delete follow-up: %1</source>
        <translation>Hapus tindak lanjut: %1</translation>
    </message>
    <message>
        <source>Delete Follow-up</source>
        <translation>Hapus tindak lanjut</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>“%1” dihapus.</translation>
    </message>
    <message>
        <source>Add a follow-up: a day and a note (Insert)</source>
        <translation>Tambah tindak lanjut: tanggal dan catatan (Insert)</translation>
    </message>
    <message>
        <source>No follow-ups on this campaign or its creators yet.
New… (Insert) adds a dated note: a brief to chase, a result to ask for.</source>
        <translation>Belum ada tindak lanjut untuk kampanye ini atau kreatornya.
Baru… (Insert) menambahkan catatan bertanggal: brief yang perlu dikejar, hasil yang perlu diminta.</translation>
    </message>
    <message>
        <source>No follow-ups yet.
New… (Insert) adds a dated note: a call to make, a reply to chase.</source>
        <translation>Belum ada tindak lanjut.
Baru… (Insert) menambahkan catatan bertanggal: telepon yang perlu dilakukan, balasan yang perlu dikejar.</translation>
    </message>
</context>
<context>
    <name>cd::FormGuard</name>
    <message>
        <source>Discard Changes</source>
        <translation>Buang perubahan</translation>
    </message>
    <message>
        <source>Discard what you changed in “%1”? It is not saved.</source>
        <translation>Buang perubahan di “%1”? Perubahan itu belum disimpan.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Lanjutkan mengubah</translation>
    </message>
</context>
<context>
    <name>cd::ImportWizard</name>
    <message>
        <source>Import CSV</source>
        <translation>Impor CSV</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Pilih file</translation>
    </message>
    <message>
        <source>A CSV in CollabDesk&apos;s columns (see the README), or a post export from Instagram, TikTok or YouTube Studio.</source>
        <translation>CSV dengan kolom CollabDesk (lihat README), atau ekspor postingan dari Instagram, TikTok, atau YouTube Studio.</translation>
    </message>
    <message>
        <source>Brands</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>Creators (one row per platform account)</source>
        <translation>Kreator (satu baris per akun platform)</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampanye</translation>
    </message>
    <message>
        <source>Campaign participants</source>
        <translation>Peserta kampanye</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Contracts (existing deals)</source>
        <translation>Kontrak (kesepakatan yang sudah ada)</translation>
    </message>
    <message>
        <source>Follower history</source>
        <translation>Riwayat pengikut</translation>
    </message>
    <message>
        <source>Post metrics (also Instagram, TikTok and YouTube exports)</source>
        <translation>Metrik postingan (termasuk ekspor Instagram, TikTok, dan YouTube)</translation>
    </message>
    <message>
        <source>A .csv file</source>
        <translation>File .csv</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Telusuri…</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Pilih file yang akan diimpor</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Holds:</source>
        <translation>&amp;Berisi:</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Cocokkan kolom</translation>
    </message>
    <message>
        <source>Each column of the file and what it is imported as. Change any that were not recognised; columns left out are not read.</source>
        <translation>Setiap kolom di file dan akan diimpor sebagai apa. Ubah yang tidak dikenali; kolom yang diabaikan tidak dibaca.</translation>
    </message>
    <message>
        <source>File column</source>
        <translation>Kolom file</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Nilai pertama</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>Diimpor sebagai</translation>
    </message>
    <message>
        <source>For rows that leave these empty</source>
        <translation>Untuk baris yang tidak mengisi kolom ini</translation>
    </message>
    <message>
        <source>Campaign for every row</source>
        <translation>Kampanye untuk semua baris</translation>
    </message>
    <message>
        <source>Creator for every row</source>
        <translation>Kreator untuk semua baris</translation>
    </message>
    <message>
        <source>Platform for every row</source>
        <translation>Platform untuk semua baris</translation>
    </message>
    <message>
        <source>— from the file —</source>
        <translation>— dari file —</translation>
    </message>
    <message>
        <source>From the file</source>
        <translation>Dari file</translation>
    </message>
    <message>
        <source>Numbers as &amp;of</source>
        <translation>A&amp;ngka per</translation>
    </message>
    <message>
        <source>Without it: the file&apos;s date column, or today for exports whose numbers have no date</source>
        <translation>Jika kosong: kolom tanggal di file, atau hari ini untuk ekspor yang angkanya tidak bertanggal</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Kampanye:</translation>
    </message>
    <message>
        <source>C&amp;reator:</source>
        <translation>K&amp;reator:</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Platform:</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Periksa</translation>
    </message>
    <message>
        <source>Every row is checked as the import would read it; nothing is written yet.</source>
        <translation>Setiap baris diperiksa persis seperti saat diimpor; belum ada yang ditulis.</translation>
    </message>
    <message>
        <source>The first rows as they will be imported</source>
        <translation>Baris-baris pertama sebagaimana akan diimpor</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>Baris bermasalah</translation>
    </message>
    <message>
        <source>First rows:</source>
        <translation>Baris pertama:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>All or nothing: cancelling leaves the workspace as it was.</source>
        <translation>Semua atau tidak sama sekali: jika dibatalkan, ruang kerja tetap seperti semula.</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>File CSV (*.csv);;Semua file (*)</translation>
    </message>
    <message>
        <source>Columns named as in CollabDesk&apos;s own %1.csv are recognised by name.</source>
        <translation>Kolom yang namanya sama dengan di %1.csv milik CollabDesk dikenali dari namanya.</translation>
    </message>
    <message>
        <source>Recognised as an &lt;b&gt;%1&lt;/b&gt;: its columns are read as post metrics.</source>
        <translation>Dikenali sebagai &lt;b&gt;%1&lt;/b&gt;: kolomnya dibaca sebagai metrik postingan.</translation>
    </message>
    <message>
        <source>Imports as, for %1</source>
        <translation>Diimpor sebagai, untuk %1</translation>
    </message>
    <message>
        <source>— finds the creator by handle —</source>
        <translation>— cari kreator dari handle —</translation>
    </message>
    <message>
        <source>— leave out —</source>
        <translation>— abaikan —</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (wajib)</translation>
    </message>
    <message>
        <source>Every required column is given.</source>
        <translation>Semua kolom wajib sudah terisi.</translation>
    </message>
    <message>
        <source>Still needed: %1. Match a file column to it, or give a value for every row above.</source>
        <translation>Masih diperlukan: %1. Cocokkan dengan salah satu kolom file, atau isi nilai untuk semua baris di atas.</translation>
    </message>
    <message>
        <source>Checking… %p%</source>
        <translation>Memeriksa… %p%</translation>
    </message>
    <message>
        <source>Importing… %p%</source>
        <translation>Mengimpor… %p%</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Catatan: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Dibatalkan: tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Sudah diperiksa</translation>
    </message>
    <message>
        <source>Every row is fine. Importing will add %1, update %2 and leave %3 unchanged.</source>
        <translation>Semua baris aman. Impor akan menambahkan %1, memperbarui %2, dan membiarkan %3 tanpa perubahan.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. Nothing can be imported until the file is fixed (or its columns matched differently):</source>
        <translation>
            <numerusform>Ditemukan %Ln masalah. Tidak ada yang bisa diimpor sampai file diperbaiki (atau kolomnya dicocokkan dengan cara lain):</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Tidak ada yang diimpor</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated, %4 unchanged.</source>
        <translation>%1 diimpor: %2 baru, %3 diperbarui, %4 tidak berubah.</translation>
    </message>
    <message>
        <source>Nothing was imported:</source>
        <translation>Tidak ada yang diimpor:</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
    <message>
        <source>12,345 and 4.25 (CollabDesk&apos;s CSV, English)</source>
        <translation>12,345 dan 4.25 (CSV CollabDesk, Inggris)</translation>
    </message>
    <message>
        <source>12.345 and 4,25 (Indonesian, as exports in Indonesian write them)</source>
        <translation>12.345 dan 4,25 (Indonesia, seperti ekspor berbahasa Indonesia)</translation>
    </message>
    <message>
        <source>Guessed from the file&apos;s first rows; the preview shows how its numbers are read</source>
        <translation>Ditebak dari baris-baris pertama file; pratinjau menunjukkan cara angkanya dibaca</translation>
    </message>
    <message>
        <source>&amp;Numbers:</source>
        <translation>&amp;Angka:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Kolom berkas</translation>
    </message>
</context>
<context>
    <name>cd::InvoicesDialog</name>
    <message>
        <source>Invoices</source>
        <translation>Tagihan</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Diterbitkan</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No invoices yet. On the Payments page select a brand&apos;s open receivables and choose &lt;i&gt;Create Invoice&lt;/i&gt;.</source>
        <translation>Belum ada tagihan. Di halaman Pembayaran, pilih piutang sebuah brand yang belum lunas, lalu pilih &lt;i&gt;Buat tagihan&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>PDF language</source>
        <translation>Bahasa PDF</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Bahasa Inggris</translation>
    </message>
    <message>
        <source>Bahasa Indonesia</source>
        <translation>Bahasa Indonesia</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>&amp;Batalkan tagihan…</translation>
    </message>
    <message>
        <source>Cancel the invoice: it keeps its number and its receivables can be invoiced again</source>
        <translation>Batalkan tagihan: nomornya tetap dipakai dan piutangnya bisa ditagihkan lagi</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Ekspor PDF…</translation>
    </message>
    <message>
        <source>PDF in:</source>
        <translation>PDF dalam:</translation>
    </message>
    <message>
        <source>Void Invoice</source>
        <translation>Batalkan tagihan</translation>
    </message>
    <message>
        <source>Void invoice %1? It keeps its number (numbers are never reused) and its receivables can go on a new invoice. Undo issues it again.</source>
        <translation>Batalkan tagihan %1? Nomornya tetap melekat (nomor tidak pernah dipakai ulang) dan piutangnya bisa dimasukkan ke tagihan baru. Urungkan akan menerbitkannya kembali.</translation>
    </message>
    <message>
        <source>Export Invoice</source>
        <translation>Ekspor tagihan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Void since %1</source>
        <translation>Dibatalkan sejak %1</translation>
    </message>
    <message>
        <source>Issued</source>
        <comment>an invoice&apos;s status</comment>
        <translation>Diterbitkan</translation>
    </message>
    <message>
        <source>Overdue</source>
        <comment>an invoice&apos;s status</comment>
        <translation>Lewat jatuh tempo</translation>
    </message>
    <message>
        <source>Paid</source>
        <comment>an invoice&apos;s status</comment>
        <translation>Lunas</translation>
    </message>
</context>
<context>
    <name>cd::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Halaman</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari Ini</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <source>Creators</source>
        <translation>Kreator</translation>
    </message>
    <message>
        <source>Brands</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampanye</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Kontrak</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>Ruang kerja &amp;baru…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>B&amp;uka ruang kerja…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Impor CSV…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Ekspor CSV…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export C&amp;alendar…</source>
        <translation>Ekspor ka&amp;lender…</translation>
    </message>
    <message>
        <source>&amp;Back Up Workspace…</source>
        <translation>&amp;Cadangkan ruang kerja…</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Pulihkan dari cadangan…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Ubah</translation>
    </message>
    <message>
        <source>&amp;Find Creator</source>
        <translation>&amp;Cari kreator</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Pengaturan…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hari Ini</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dasbor</translation>
    </message>
    <message>
        <source>&amp;Creators</source>
        <translation>&amp;Kreator</translation>
    </message>
    <message>
        <source>&amp;Brands</source>
        <translation>&amp;Brand</translation>
    </message>
    <message>
        <source>C&amp;ampaigns</source>
        <translation>K&amp;ampanye</translation>
    </message>
    <message>
        <source>Pipe&amp;line</source>
        <translation>Pipe&amp;line</translation>
    </message>
    <message>
        <source>Co&amp;ntracts</source>
        <translation>K&amp;ontrak</translation>
    </message>
    <message>
        <source>&amp;Payments</source>
        <translation>&amp;Pembayaran</translation>
    </message>
    <message>
        <source>&amp;My Creators</source>
        <translation>Kreator &amp;saya</translation>
    </message>
    <message>
        <source>Show only the creators you manage, with their deals, contracts and payments (choose who you are in Settings &gt; Managers)</source>
        <translation>Tampilkan hanya kreator yang Anda tangani, beserta kesepakatan, kontrak, dan pembayarannya (pilih siapa Anda di Pengaturan &gt; Manajer)</translation>
    </message>
    <message>
        <source>Show &amp;Sidebar</source>
        <translation>Tampilkan bilah s&amp;isi</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>B&amp;antuan</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Pintasan keyboard</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>&amp;About CollabDesk</source>
        <translation>&amp;Tentang CollabDesk</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Baru…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Ub&amp;ah…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>A&amp;rsipkan</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Hapus…</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Bilah alat utama</translation>
    </message>
    <message>
        <source>&amp;New %1…</source>
        <translation>%1 &amp;baru…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>&amp;Edit %1…</source>
        <translation>Ub&amp;ah %1…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Ubah</translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>Keluarkan dari a&amp;rsip</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Show only the creators you manage, with their deals, contracts and payments (Ctrl+Shift+M)</source>
        <translation>Tampilkan hanya kreator yang Anda tangani, beserta kesepakatan, kontrak, dan pembayarannya (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Choose who you are in Settings &gt; Managers to show only your creators</source>
        <translation>Pilih siapa Anda di Pengaturan &gt; Manajer untuk menampilkan hanya kreator Anda</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Ekspor kalender</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>File iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1: due dates, posting days, payments and open follow-ups. Import the file again after changes; events update in place.</source>
        <translation>
            <numerusform>%Ln acara ditulis ke %1: jatuh tempo, hari posting, pembayaran, dan tindak lanjut yang belum selesai. Impor lagi file ini setelah ada perubahan; acara akan diperbarui di tempatnya.</numerusform>
        </translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Belum ada ruang kerja yang baru dibuka</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Kosongkan daftar</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Ruang kerja baru</translation>
    </message>
    <message>
        <source>CollabDesk workspaces (*.collabdesk)</source>
        <translation>Ruang kerja CollabDesk (*.collabdesk)</translation>
    </message>
    <message>
        <source>%1 already exists. Open it with File &gt; Open Workspace, or choose a new name.</source>
        <translation>%1 sudah ada. Buka lewat Berkas &gt; Buka ruang kerja, atau pilih nama baru.</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Buka ruang kerja</translation>
    </message>
    <message>
        <source>CollabDesk workspaces (*.collabdesk *.sqlite);;All files (*)</source>
        <translation>Ruang kerja CollabDesk (*.collabdesk *.sqlite);;Semua file (*)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Ekspor CSV</translation>
    </message>
    <message>
        <source>Records to export:</source>
        <translation>Data yang diekspor:</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2</source>
        <translation>%1 baris diekspor ke %2</translation>
    </message>
    <message>
        <source>Back Up Workspace</source>
        <translation>Cadangkan ruang kerja</translation>
    </message>
    <message>
        <source>Backups (*.bak *.collabdesk);;All files (*)</source>
        <translation>Cadangan (*.bak *.collabdesk);;Semua file (*)</translation>
    </message>
    <message>
        <source>Backed up to %1 (checked)</source>
        <translation>Dicadangkan ke %1 (sudah diperiksa)</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <source>Backups (*.bak *.collabdesk *.sqlite);;All files (*)</source>
        <translation>Cadangan (*.bak *.collabdesk *.sqlite);;Semua file (*)</translation>
    </message>
    <message>
        <source>Replace the workspace %1 with the backup %2?

The current workspace is kept beside it as a backup.</source>
        <translation>Ganti ruang kerja %1 dengan cadangan %2?

Ruang kerja saat ini tetap disimpan di sebelahnya sebagai cadangan.</translation>
    </message>
    <message>
        <source>Restored from %1; the replaced workspace is kept at %2</source>
        <translation>Dipulihkan dari %1; ruang kerja yang diganti disimpan di %2</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Pintasan keyboard</translation>
    </message>
    <message>
        <source>No workspace</source>
        <translation>Tidak ada ruang kerja</translation>
    </message>
    <message>
        <source>%1 [read-only] — CollabDesk</source>
        <translation>%1 [hanya-baca] — CollabDesk</translation>
    </message>
    <message>
        <source>%1 — CollabDesk</source>
        <translation>%1 — CollabDesk</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (hanya-baca)</translation>
    </message>
    <message>
        <source>About CollabDesk</source>
        <translation>Tentang CollabDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CollabDesk %1&lt;/h3&gt;&lt;p&gt;Influencer campaigns for brand marketers and talent managers: creators, campaigns, contracts and results, on your own computer and fully offline.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CollabDesk %1&lt;/h3&gt;&lt;p&gt;Kampanye influencer untuk pemasar brand dan talent manager: kreator, kampanye, kontrak, dan hasil, di komputer Anda sendiri dan sepenuhnya offline.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open Recen&amp;t</source>
        <translation>&amp;Terakhir dibuka</translation>
    </message>
    <message>
        <source>Du&amp;plicate…</source>
        <translation>&amp;Duplikat…</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>Sambungkan ke &amp;server…</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>Sambungkan ke server</translation>
    </message>
    <message>
        <source>The address of the team&apos;s workspace on a PostgreSQL server, for example
postgresql://ana@db.agency.local/agency

A password is asked for when the server wants one, and never stored.</source>
        <translation>Alamat ruang kerja tim di server PostgreSQL, misalnya
postgresql://ana@db.agency.local/agency

Kata sandi diminta bila server memerlukannya, dan tidak pernah disimpan.</translation>
    </message>
    <message>
        <source>C&amp;olumns</source>
        <translation>Kolo&amp;m</translation>
    </message>
    <message>
        <source>This page has no columns to choose</source>
        <translation>Halaman ini tidak punya kolom untuk dipilih</translation>
    </message>
</context>
<context>
    <name>cd::ManagerListModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Creators</source>
        <translation>Kreator</translation>
    </message>
    <message>
        <source>Signs In As</source>
        <translation>Masuk sebagai</translation>
    </message>
</context>
<context>
    <name>cd::ManagersForm</name>
    <message>
        <source>The people who look after creators. Each creator has at most one manager, chosen on the creator&apos;s Profile tab. Changes on this tab are saved as you make them.</source>
        <translation>Orang-orang yang menangani kreator. Setiap kreator punya paling banyak satu manajer, yang dipilih di tab Profil kreator. Perubahan di tab ini langsung disimpan.</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Manajer</translation>
    </message>
    <message>
        <source>No managers yet. Add one (Ctrl+N), or type a manager&apos;s name on a creator&apos;s Profile tab.</source>
        <translation>Belum ada manajer. Tambahkan satu (Ctrl+N), atau ketik nama manajer di tab Profil kreator.</translation>
    </message>
    <message>
        <source>&amp;Add Manager…</source>
        <translation>&amp;Tambah manajer…</translation>
    </message>
    <message>
        <source>&amp;Edit Manager…</source>
        <translation>&amp;Ubah manajer…</translation>
    </message>
    <message>
        <source>&amp;Remove Manager…</source>
        <translation>&amp;Hapus manajer…</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Tambah…</translation>
    </message>
    <message>
        <source>Add a manager (Ctrl+N)</source>
        <translation>Tambah manajer (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>Rename the selected manager or change their email (F2)</source>
        <translation>Ganti nama manajer yang dipilih atau ubah emailnya (F2)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Hapus…</translation>
    </message>
    <message>
        <source>Remove the selected manager; their creators are kept (Delete)</source>
        <translation>Hapus manajer yang dipilih; kreatornya tetap ada (Delete)</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Komputer ini</translation>
    </message>
    <message>
        <source>Me on this computer</source>
        <translation>Saya di komputer ini</translation>
    </message>
    <message>
        <source>Me on this &amp;computer:</source>
        <translation>Saya di &amp;komputer ini:</translation>
    </message>
    <message>
        <source>Lists can show only your creators (View &gt; My Creators). This choice stays on this computer.</source>
        <translation>Daftar bisa menampilkan hanya kreator Anda (Tampilan &gt; Kreator saya). Pilihan ini hanya berlaku di komputer ini.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>Edit Manager — %1</source>
        <translation>Ubah manajer — %1</translation>
    </message>
    <message>
        <source>New Manager</source>
        <translation>Manajer baru</translation>
    </message>
    <message>
        <source>e.g. Dewi Lestari</source>
        <translation>mis. Dewi Lestari</translation>
    </message>
    <message>
        <source>optional, e.g. dewi@kreasi.id</source>
        <translation>opsional, mis. dewi@kreasi.id</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message numerus="yes">
        <source>%1 manages %n creator(s). They will have no manager; nothing else changes.</source>
        <translation>
            <numerusform>%1 menangani %Ln kreator. Kreator tersebut tidak akan punya manajer; selain itu tidak ada yang berubah.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 manages no creators. Nothing else changes.</source>
        <translation>%1 tidak menangani kreator. Tidak ada hal lain yang berubah.</translation>
    </message>
    <message>
        <source>They are also &quot;me&quot; on this computer; that choice is cleared.</source>
        <translation>Manajer ini juga dipilih sebagai &quot;saya&quot; di komputer ini; pilihan itu akan dihapus.</translation>
    </message>
    <message>
        <source>Removing a manager cannot be undone.</source>
        <translation>Penghapusan manajer tidak bisa diurungkan.</translation>
    </message>
    <message>
        <source>Remove Manager</source>
        <translation>Hapus manajer</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Manager Not Removed</source>
        <translation>Manajer tidak dihapus</translation>
    </message>
    <message>
        <source>their database role, e.g. rina</source>
        <translation>role database-nya, mis. rina</translation>
    </message>
    <message>
        <source>The role this manager signs in to the server with. They then change their own creators&apos; records and read the rest. Setting it takes the workspace&apos;s owner or a superuser.</source>
        <translation>Role yang dipakai manajer ini untuk masuk ke server. Dengan itu ia dapat mengubah data kreatornya sendiri dan membaca data lainnya. Yang dapat mengaturnya hanya pemilik ruang kerja atau superuser.</translation>
    </message>
    <message>
        <source>Signs in &amp;as:</source>
        <translation>Masuk seb&amp;agai:</translation>
    </message>
    <message>
        <source>A manager keeps the role they sign in as; to take it away, drop or rename the role on the server (DROP ROLE %1)</source>
        <translation>Manajer tetap memakai role yang sudah diberikan; untuk mencabutnya, hapus atau ganti nama role itu di server (DROP ROLE %1)</translation>
    </message>
    <message>
        <source>The manager is added; the role is not: %1</source>
        <translation>Manajer sudah ditambahkan; role-nya belum: %1</translation>
    </message>
    <message>
        <source>The name and email are saved; the role is not: %1</source>
        <translation>Nama dan email sudah disimpan; role-nya belum: %1</translation>
    </message>
</context>
<context>
    <name>cd::MarkPaidDialog</name>
    <message>
        <source>Mark Paid</source>
        <translation>Tandai dibayar</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, %3: %4 %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2, %3: %4 %5</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>jatuh tempo %1</translation>
    </message>
    <message>
        <source>awaiting the brand</source>
        <translation>menunggu brand</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Dibayar pada</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Jumlah dibayar</translation>
    </message>
    <message>
        <source>Less than the whole amount is a partial payment: the rest stays open</source>
        <translation>Jumlah yang kurang dari total dicatat sebagai pembayaran sebagian: sisanya tetap belum lunas</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>transfer</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>tunai</translation>
    </message>
    <message>
        <source>e-wallet</source>
        <translation>e-wallet</translation>
    </message>
    <message>
        <source>other</source>
        <translation>lainnya</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referensi</translation>
    </message>
    <message>
        <source>Bank reference or receipt number</source>
        <translation>Referensi bank atau nomor bukti pembayaran</translation>
    </message>
    <message>
        <source>Proof file</source>
        <translation>File bukti</translation>
    </message>
    <message>
        <source>Optional: a transfer receipt or screenshot</source>
        <translation>Opsional: bukti transfer atau tangkapan layar</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Tel&amp;usuri…</translation>
    </message>
    <message>
        <source>Paid &amp;on:</source>
        <translation>Dibayar pa&amp;da:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>Jum&amp;lah:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Metode:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>Ref&amp;erensi:</translation>
    </message>
    <message>
        <source>&amp;Proof:</source>
        <translation>&amp;Bukti:</translation>
    </message>
    <message>
        <source>Mark &amp;Paid</source>
        <translation>&amp;Tandai dibayar</translation>
    </message>
    <message>
        <source>pay more than zero and at most the %1 owed</source>
        <translation>bayar lebih dari nol dan paling banyak %1 yang terutang</translation>
    </message>
    <message>
        <source>Pays the whole %1.</source>
        <translation>Melunasi seluruh %1.</translation>
    </message>
    <message>
        <source>Pays %1 of %2; %3 stays open.</source>
        <translation>Membayar %1 dari %2; %3 belum lunas.</translation>
    </message>
    <message>
        <source>Expect %1 in the bank: the brand withholds %2 tax.</source>
        <translation>Perkirakan %1 masuk ke rekening: brand memotong pajak %2.</translation>
    </message>
    <message>
        <source>Transfer %1: %2 tax is withheld.</source>
        <translation>Transfer %1: pajak %2 dipotong.</translation>
    </message>
</context>
<context>
    <name>cd::MarkPostedDialog</name>
    <message>
        <source>Mark Posted — %1</source>
        <translation>Tandai Diposting — %1</translation>
    </message>
    <message>
        <source>Post &amp;URL:</source>
        <translation>&amp;URL postingan:</translation>
    </message>
    <message>
        <source>Paste the caption as posted: it is checked against the brief</source>
        <translation>Tempel caption seperti yang diposting: caption dicek terhadap brief</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>&amp;Keterangan (caption):</translation>
    </message>
    <message>
        <source>Mark &amp;Posted</source>
        <translation>Tandai di&amp;posting</translation>
    </message>
    <message>
        <source>⚠ Against the brief: %1</source>
        <translation>⚠ Tidak sesuai brief: %1</translation>
    </message>
    <message>
        <source>Mark Posted: %1</source>
        <translation>Tandai diposting: %1</translation>
    </message>
    <message>
        <source>Posted &amp;on:</source>
        <translation>Diposting pa&amp;da:</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; by %2 on %3, due %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; oleh %2 di %3, tenggat %4</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; by %2 on %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; oleh %2 di %3</translation>
    </message>
</context>
<context>
    <name>cd::MoneySettingsForm</name>
    <message>
        <source>Who pays whom</source>
        <translation>Siapa membayar siapa</translation>
    </message>
    <message>
        <source>Brand: we pay creators</source>
        <translation>Brand: kami membayar kreator</translation>
    </message>
    <message>
        <source>Agency: we invoice brands and pay our creators</source>
        <translation>Agensi: kami menagih brand dan membayar kreator kami</translation>
    </message>
    <message>
        <source>&amp;This workspace is a:</source>
        <translation>&amp;Ruang kerja ini untuk:</translation>
    </message>
    <message>
        <source>A brand&apos;s payments are payables to creators. An agency&apos;s are receivables from the brand, each with the creator&apos;s share as a payable.</source>
        <translation>Bagi brand, pembayaran adalah utang ke kreator. Bagi agensi, pembayaran adalah piutang dari brand, masing-masing dengan bagian kreator sebagai utang.</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Ketentuan pembayaran</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>Fee &amp;due:</source>
        <translation>Fee &amp;jatuh tempo:</translation>
    </message>
    <message>
        <source>after the campaign ends, unless the contract says otherwise</source>
        <translation>setelah kampanye selesai, kecuali kontrak menyatakan lain</translation>
    </message>
    <message>
        <source>Pay &amp;creators:</source>
        <translation>Bayar &amp;kreator:</translation>
    </message>
    <message>
        <source>after the brand pays (agency)</source>
        <translation>setelah brand membayar (agensi)</translation>
    </message>
    <message>
        <source>Agency: fee and invoices</source>
        <translation>Agensi: fee dan tagihan</translation>
    </message>
    <message>
        <source>A&amp;gency fee:</source>
        <translation>Fee a&amp;gensi:</translation>
    </message>
    <message>
        <source>of the gross, unless the creator or the campaign has its own</source>
        <translation>dari bruto, kecuali kreator atau kampanye punya tarif sendiri</translation>
    </message>
    <message>
        <source>&amp;VAT-registered (PKP): add VAT to invoices</source>
        <translation>&amp;Terdaftar sebagai PKP: tambahkan PPN ke tagihan</translation>
    </message>
    <message>
        <source>e.g. Bank Mandiri 123-00-0456789-0 a/n PT Kreasi Nusantara Digital</source>
        <translation>mis. Bank Mandiri 123-00-0456789-0 a/n PT Kreasi Nusantara Digital</translation>
    </message>
    <message>
        <source>&amp;Bank account:</source>
        <translation>Rekening &amp;bank:</translation>
    </message>
    <message>
        <source>{NNNN}: the running number, counted per year; {YYYY} or {YY}: the year; {MM}: the month</source>
        <translation>{NNNN}: nomor urut, dihitung per tahun; {YYYY} atau {YY}: tahun; {MM}: bulan</translation>
    </message>
    <message>
        <source>&amp;Invoice numbers:</source>
        <translation>&amp;Nomor tagihan:</translation>
    </message>
    <message>
        <source>Withholding tax (rupiah payments)</source>
        <translation>Pajak dipotong (pembayaran rupiah)</translation>
    </message>
    <message>
        <source>PPh 21 &amp;base:</source>
        <translation>D&amp;asar PPh 21:</translation>
    </message>
    <message>
        <source>of the gross, taxed 5–35% by layer (a person)</source>
        <translation>dari bruto, dikenai tarif berlapis 5–35% (orang pribadi)</translation>
    </message>
    <message>
        <source>PPh &amp;23:</source>
        <translation>PPh &amp;23:</translation>
    </message>
    <message>
        <source>of the gross (a company); doubled without NPWP</source>
        <translation>dari bruto (badan usaha); dua kali lipat tanpa NPWP</translation>
    </message>
    <message>
        <source>PPh 2&amp;6:</source>
        <translation>PPh 2&amp;6:</translation>
    </message>
    <message>
        <source>of the gross (a non-resident)</source>
        <translation>dari bruto (wajib pajak luar negeri)</translation>
    </message>
    <message>
        <source>These rates are estimates; check with your tax adviser.</source>
        <translation>Tarif ini hanya perkiraan; pastikan dengan konsultan pajak Anda.</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>mis. %1</translation>
    </message>
    <message>
        <source>Put {NNNN} once where the running number goes, like INV/{YYYY}/{NNNN}.</source>
        <translation>Tulis {NNNN} satu kali di posisi nomor urut, misalnya INV/{YYYY}/{NNNN}.</translation>
    </message>
    <message>
        <source>The agency settings below apply once this workspace is an agency (Who pays whom, above).</source>
        <translation>Pengaturan agensi di bawah berlaku setelah ruang kerja ini menjadi agensi (Siapa membayar siapa, di atas).</translation>
    </message>
    <message>
        <source>Your company&apos;s name, address and tax number (NPWP) on invoices are the ones on contracts, on the General tab.</source>
        <translation>Nama, alamat, dan nomor pajak (NPWP) perusahaan Anda di tagihan sama dengan yang di kontrak, yaitu yang diisi di tab Umum.</translation>
    </message>
    <message>
        <source>Effective VAT &amp;rate:</source>
        <translation>Tarif PPN &amp;efektif:</translation>
    </message>
    <message>
        <source>12% on 11/12 of the price = 11% of it</source>
        <translation>12% dari 11/12 harga = 11% dari harga</translation>
    </message>
</context>
<context>
    <name>cd::MoneyTab</name>
    <message>
        <source>Tax and fees</source>
        <translation>Pajak dan fee</translation>
    </message>
    <message>
        <source>Tax profile</source>
        <translation>Profil pajak</translation>
    </message>
    <message>
        <source>Person (resident individual)</source>
        <translation>Orang pribadi (dalam negeri)</translation>
    </message>
    <message>
        <source>Person with a final-tax certificate (PP 55/2022)</source>
        <translation>Orang pribadi dengan surat keterangan PPh final (PP 55/2022)</translation>
    </message>
    <message>
        <source>Company or agency</source>
        <translation>Badan usaha atau agensi</translation>
    </message>
    <message>
        <source>Foreign (non-resident)</source>
        <translation>Wajib pajak luar negeri</translation>
    </message>
    <message>
        <source>Ta&amp;x profile:</source>
        <translation>Profil pa&amp;jak:</translation>
    </message>
    <message>
        <source>NPWP</source>
        <translation>NPWP</translation>
    </message>
    <message>
        <source>&amp;NPWP:</source>
        <translation>&amp;NPWP:</translation>
    </message>
    <message>
        <source>Agency fee</source>
        <translation>Fee agensi</translation>
    </message>
    <message>
        <source>%1 (the workspace&apos;s rate)</source>
        <translation>%1 (tarif ruang kerja)</translation>
    </message>
    <message>
        <source>% of the gross</source>
        <translation>% dari bruto</translation>
    </message>
    <message>
        <source>A&amp;gency fee:</source>
        <translation>Fee a&amp;gensi:</translation>
    </message>
    <message>
        <source>Their money, all time (gross, before tax withheld). Earned is what brands are billed for their work; paid and owed are their share.</source>
        <translation>Uang mereka sepanjang waktu (bruto, sebelum dipotong pajak). Dihasilkan adalah yang ditagihkan ke brand untuk pekerjaan mereka; dibayar dan terutang adalah bagian mereka.</translation>
    </message>
    <message>
        <source>Their money, all time (gross, before tax withheld).</source>
        <translation>Uang mereka sepanjang waktu (bruto, sebelum dipotong pajak).</translation>
    </message>
    <message>
        <source>&amp;Statement PDF…</source>
        <translation>PDF &amp;laporan saldo…</translation>
    </message>
    <message>
        <source>What the agency owes them for a period: gross, agency fee, their share, tax withheld, paid and owed</source>
        <translation>Yang terutang agensi kepada mereka dalam satu periode: bruto, fee agensi, bagian mereka, pajak dipotong, dibayar, dan terutang</translation>
    </message>
    <message>
        <source>No payments yet. Draft them from the terms on a campaign&apos;s Creators tab (Payment Schedule), or add them on the Payments page.</source>
        <translation>Belum ada pembayaran. Buat drafnya dari ketentuan di tab Kreator sebuah kampanye (Jadwal pembayaran), atau tambahkan di halaman Pembayaran.</translation>
    </message>
    <message>
        <source>Payments of this creator</source>
        <translation>Pembayaran kreator ini</translation>
    </message>
    <message>
        <source>Earned (billed to brands)</source>
        <translation>Dihasilkan (ditagihkan ke brand)</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Dihasilkan</translation>
    </message>
    <message>
        <source>Every receivable for their work, paid or not</source>
        <translation>Semua piutang untuk pekerjaan mereka, sudah dibayar atau belum</translation>
    </message>
    <message>
        <source>Every payment to them, paid or not</source>
        <translation>Semua pembayaran kepada mereka, sudah dibayar atau belum</translation>
    </message>
    <message>
        <source>Paid to them</source>
        <translation>Dibayar ke mereka</translation>
    </message>
    <message>
        <source>Payments to them marked paid</source>
        <translation>Pembayaran kepada mereka yang sudah ditandai dibayar</translation>
    </message>
    <message>
        <source>Owed to them</source>
        <translation>Terutang ke mereka</translation>
    </message>
    <message>
        <source>Payments to them not paid yet, due or not</source>
        <translation>Pembayaran kepada mereka yang belum dibayar, sudah jatuh tempo atau belum</translation>
    </message>
    <message>
        <source>Overdue to them</source>
        <translation>Lewat jatuh tempo ke mereka</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Lewat jatuh tempo</translation>
    </message>
    <message>
        <source>Owed to them and past the due date</source>
        <translation>Terutang ke mereka dan sudah lewat jatuh tempo</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanye</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Bruto</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>Dipotong</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Dibayar pada</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>dari %1</translation>
    </message>
    <message>
        <source>to them</source>
        <translation>ke mereka</translation>
    </message>
    <message>
        <source>Due when the brand has paid (payout days in Settings)</source>
        <translation>Jatuh tempo setelah brand membayar (hari pembayaran di Pengaturan)</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Tanpa jatuh tempo</translation>
    </message>
    <message>
        <source>An estimate from today&apos;s rates; fixed when paid</source>
        <translation>Perkiraan dengan kurs hari ini; ditetapkan saat dibayar</translation>
    </message>
    <message>
        <source>The agency fee is a percent from 0 to 100, like 20 or 17.5.</source>
        <translation>Fee agensi berupa persentase dari 0 sampai 100, misalnya 20 atau 17,5.</translation>
    </message>
    <message>
        <source>PPh 21 is withheld from rupiah payments to them (on half the gross, from 5%).</source>
        <translation>PPh 21 dipotong dari pembayaran rupiah kepada mereka (atas separuh bruto, mulai 5%).</translation>
    </message>
    <message>
        <source>PPh 21 is withheld from rupiah payments to them (on half the gross, from 5%; 20% more without an NPWP).</source>
        <translation>PPh 21 dipotong dari pembayaran rupiah kepada mereka (atas separuh bruto, mulai 5%; 20% lebih tinggi tanpa NPWP).</translation>
    </message>
    <message>
        <source>Nothing is withheld: they pay the 0.5% final tax themselves.</source>
        <translation>Tidak ada yang dipotong: mereka membayar sendiri PPh final 0,5%.</translation>
    </message>
    <message>
        <source>PPh 23 is withheld from rupiah payments to them (2% of the gross).</source>
        <translation>PPh 23 dipotong dari pembayaran rupiah kepada mereka (2% dari bruto).</translation>
    </message>
    <message>
        <source>PPh 23 is withheld from rupiah payments to them (4% of the gross without an NPWP).</source>
        <translation>PPh 23 dipotong dari pembayaran rupiah kepada mereka (4% dari bruto tanpa NPWP).</translation>
    </message>
    <message>
        <source>PPh 26 is withheld from rupiah payments to them (20% of the gross).</source>
        <translation>PPh 26 dipotong dari pembayaran rupiah kepada mereka (20% dari bruto).</translation>
    </message>
    <message>
        <source>Rates are estimates from Settings; check with your tax adviser.</source>
        <translation>Tarif ini perkiraan dari Pengaturan; pastikan dengan konsultan pajak Anda.</translation>
    </message>
    <message>
        <source>%1 has no payments due, paid or open in %2 – %3</source>
        <translation>%1 tidak punya pembayaran yang jatuh tempo, dibayar, atau belum lunas pada %2 – %3</translation>
    </message>
    <message>
        <source>Statement for %1</source>
        <translation>Laporan saldo %1</translation>
    </message>
    <message>
        <source>One PDF per currency. Lists what is due or paid in the period and what is still open at its end.</source>
        <translation>Satu PDF per mata uang. Berisi yang jatuh tempo atau dibayar dalam periode tersebut dan yang masih belum lunas di akhir periode.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dari:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Sampai:</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Laporan saldo</translation>
    </message>
    <message>
        <source>The period starts after it ends.</source>
        <translation>Tanggal mulai periode lebih lambat dari tanggal akhirnya.</translation>
    </message>
    <message>
        <source>statement-%1-%2.pdf</source>
        <translation>laporan-saldo-%1-%2.pdf</translation>
    </message>
    <message>
        <source>Save Statement</source>
        <translation>Simpan laporan saldo</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message numerus="yes">
        <source>Overdue %n day(s)</source>
        <translation>
            <numerusform>Lewat %Ln hari</numerusform>
        </translation>
    </message>
    <message>
        <source>Awaiting brand</source>
        <translation>Menunggu brand</translation>
    </message>
    <message>
        <source>What the agency keeps of what brands are billed for their work: the brand&apos;s gross less their share, paid or not</source>
        <translation>Bagian yang disimpan agensi dari tagihan ke brand atas karya mereka: bruto dari brand dikurangi bagian mereka, sudah dibayar atau belum</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Arah</translation>
    </message>
    <message>
        <source>from the brand</source>
        <translation>dari brand</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>ke %1</translation>
    </message>
    <message>
        <source>16-digit NPWP or NIK; empty: none</source>
        <translation>NPWP atau NIK 16 digit; kosong: tidak ada</translation>
    </message>
    <message>
        <source>Due</source>
        <comment>payment status: open, not yet late</comment>
        <translation>Belum jatuh tempo</translation>
    </message>
</context>
<context>
    <name>cd::OptionalDateEdit</name>
    <message>
        <source>not set</source>
        <translation>belum diisi</translation>
    </message>
    <message>
        <source>Type a date such as %1 or pick one from the calendar; delete the whole text to leave it not set</source>
        <translation>Ketik tanggal seperti %1 atau pilih dari kalender; hapus seluruh teksnya agar tetap belum diisi</translation>
    </message>
</context>
<context>
    <name>cd::ParticipantEditor</name>
    <message>
        <source>%1 in %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>Add a Creator to %1</source>
        <translation>Tambah kreator ke %1</translation>
    </message>
    <message>
        <source>C&amp;reator:</source>
        <translation>&amp;Kreator:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>&amp;Fee:</source>
        <translation>&amp;Fee:</translation>
    </message>
    <message>
        <source>percent of sales their posts bring, e.g. 10</source>
        <translation>persen dari penjualan yang dihasilkan postingannya, mis. 10</translation>
    </message>
    <message>
        <source>&amp;Commission (%):</source>
        <translation>K&amp;omisi (%):</translation>
    </message>
    <message>
        <source>&amp;Product value:</source>
        <translation>Nilai &amp;produk:</translation>
    </message>
    <message>
        <source>points worth</source>
        <translation>poin senilai</translation>
    </message>
    <message>
        <source>P&amp;oints:</source>
        <translation>Po&amp;in:</translation>
    </message>
    <message>
        <source>The part of the fee paid before work starts</source>
        <translation>Bagian fee yang dibayar sebelum pekerjaan dimulai</translation>
    </message>
    <message>
        <source>&amp;Deposit:</source>
        <translation>&amp;Uang muka:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation>Anggaran:</translation>
    </message>
    <message>
        <source>Pick a creator from the roster; type to search.</source>
        <translation>Pilih kreator dari daftar kreator; ketik untuk mencari.</translation>
    </message>
    <message>
        <source>Not in the roster: add the creator on the Creators page first.</source>
        <translation>Belum ada di daftar kreator: tambahkan dulu kreatornya di halaman Kreator.</translation>
    </message>
    <message>
        <source>%1 %2 followers</source>
        <translation>%1 %2 pengikut</translation>
    </message>
    <message>
        <source>, typical fee %1</source>
        <translation>, fee pasaran %1</translation>
    </message>
    <message>
        <source>No follower counts yet</source>
        <translation>Belum ada jumlah pengikut</translation>
    </message>
    <message>
        <source> · engagement %1% over 90 days</source>
        <translation> · engagement %1% dalam 90 hari</translation>
    </message>
    <message>
        <source>fee</source>
        <translation>fee</translation>
    </message>
    <message>
        <source>product value</source>
        <translation>nilai produk</translation>
    </message>
    <message>
        <source>point value</source>
        <translation>nilai poin</translation>
    </message>
    <message>
        <source>deposit</source>
        <translation>uang muka</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>points</source>
        <translation>poin</translation>
    </message>
    <message>
        <source>the commission is a percent from 0 to 100, such as 10 or 7.5</source>
        <translation>komisi berupa persentase dari 0 sampai 100, misalnya 10 atau 7,5</translation>
    </message>
    <message>
        <source>%1 committed with this creator (%2 by the others) of the %3 budget: %4 left</source>
        <translation>%1 dialokasikan untuk kreator ini (%2 untuk kreator lain) dari anggaran %3: sisa %4</translation>
    </message>
    <message>
        <source>%1 committed with this creator; the campaign has no budget set</source>
        <translation>%1 dialokasikan untuk kreator ini; kampanye belum punya anggaran</translation>
    </message>
    <message>
        <source>Point value</source>
        <translation>Nilai poin</translation>
    </message>
</context>
<context>
    <name>cd::ParticipantListModel</name>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Kreator</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Komisi</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poin</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Uang muka</translation>
    </message>
    <message>
        <source>Deliverables done</source>
        <translation>Konten selesai</translation>
    </message>
    <message>
        <source>A share of the revenue attributed to the creator&apos;s posts</source>
        <translation>Bagian dari pendapatan yang berasal dari unggahan kreator</translation>
    </message>
    <message>
        <source>The value of the products given: counted in the cost, never paid as money</source>
        <translation>Nilai produk yang diberikan: dihitung dalam biaya, tidak dibayar sebagai uang</translation>
    </message>
    <message>
        <source>Points convertible to cash: how many × the value of each</source>
        <translation>Poin yang bisa ditukar uang: jumlah × nilai per poin</translation>
    </message>
</context>
<context>
    <name>cd::PaymentDialog</name>
    <message>
        <source>Edit Payment</source>
        <translation>Ubah pembayaran</translation>
    </message>
    <message>
        <source>New Payment</source>
        <translation>Pembayaran baru</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Untuk:</translation>
    </message>
    <message>
        <source>%1 in %2 (%3)</source>
        <translation>%1 di %2 (%3)</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanye</translation>
    </message>
    <message>
        <source>Choose a campaign…</source>
        <translation>Pilih kampanye…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Kreator</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Kampanye:</translation>
    </message>
    <message>
        <source>C&amp;reator:</source>
        <translation>K&amp;reator:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Arah</translation>
    </message>
    <message>
        <source>Receivable: the brand pays the agency</source>
        <translation>Piutang: brand membayar agensi</translation>
    </message>
    <message>
        <source>Payable: the agency pays the creator</source>
        <translation>Utang: agensi membayar kreator</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Arah:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Gross, before tax is withheld</source>
        <translation>Bruto, sebelum dipotong pajak</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>Jum&amp;lah:</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>Jatuh &amp;tempo:</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>transfer</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>tunai</translation>
    </message>
    <message>
        <source>e-wallet</source>
        <translation>e-wallet</translation>
    </message>
    <message>
        <source>other</source>
        <translation>lainnya</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Metode:</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referensi</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>Ref&amp;erensi:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>Paid on %1: only method, reference and notes can change. Undo the payment to change the rest.</source>
        <translation>Dibayar pada %1: hanya metode, referensi, dan catatan yang bisa diubah. Urungkan pembayaran untuk mengubah yang lain.</translation>
    </message>
    <message>
        <source>On invoice %1: void the invoice to change the amount or kind.</source>
        <translation>Sudah masuk tagihan %1: batalkan tagihannya untuk mengubah jumlah atau jenis.</translation>
    </message>
    <message>
        <source>No creators in this campaign yet</source>
        <translation>Belum ada kreator di kampanye ini</translation>
    </message>
    <message>
        <source>choose the campaign and the creator the payment is for</source>
        <translation>pilih kampanye dan kreator untuk pembayaran ini</translation>
    </message>
    <message>
        <source>add the creator to the campaign first (Campaigns page)</source>
        <translation>tambahkan dulu kreator ke kampanye (halaman Kampanye)</translation>
    </message>
    <message>
        <source>give the gross amount</source>
        <translation>isi jumlah bruto</translation>
    </message>
    <message>
        <source>the amount must be more than zero</source>
        <translation>jumlah harus lebih dari nol</translation>
    </message>
</context>
<context>
    <name>cd::PaymentListModel</name>
    <message>
        <source>Receivable</source>
        <translation>Piutang</translation>
    </message>
    <message>
        <source>Payable</source>
        <translation>Utang</translation>
    </message>
    <message>
        <source>Due once the brand pays its receivable</source>
        <translation>Jatuh tempo setelah brand melunasi piutang terkait</translation>
    </message>
    <message>
        <source>Estimated from today&apos;s rates; fixed when paid</source>
        <translation>Perkiraan dengan kurs hari ini; ditetapkan saat dibayar</translation>
    </message>
    <message>
        <source>Gross: before tax is withheld</source>
        <translation>Bruto: sebelum dipotong pajak</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Belum jatuh tempo</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Lewat jatuh tempo</translation>
    </message>
    <message>
        <source>Awaiting brand</source>
        <translation>Menunggu brand</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Hari terlambat</translation>
    </message>
    <message>
        <source>The day it was paid</source>
        <translation>Tanggal dibayar</translation>
    </message>
</context>
<context>
    <name>cd::PaymentTiles</name>
    <message>
        <source>Overdue</source>
        <translation>Lewat jatuh tempo</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Belum jatuh tempo</translation>
    </message>
    <message>
        <source>Awaiting brand</source>
        <translation>Menunggu brand</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <source>Open by days overdue</source>
        <translation>Belum lunas menurut hari keterlambatan</translation>
    </message>
    <message>
        <source>Brands owe you</source>
        <translation>Brand berutang ke Anda</translation>
    </message>
    <message>
        <source>You owe creators</source>
        <translation>Anda berutang ke kreator</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%Ln pembayaran</numerusform>
        </translation>
    </message>
    <message>
        <source>Open payments due before %1</source>
        <translation>Pembayaran belum lunas yang jatuh tempo sebelum %1</translation>
    </message>
    <message>
        <source>Open payments due on or after %1</source>
        <translation>Pembayaran belum lunas yang jatuh tempo pada atau setelah %1</translation>
    </message>
    <message>
        <source>Creators&apos; shares that fall due once the brand pays its receivable</source>
        <translation>Bagian kreator yang jatuh tempo setelah brand melunasi piutang terkait</translation>
    </message>
    <message>
        <source>Payments paid on or before %1</source>
        <translation>Pembayaran yang dibayar pada atau sebelum %1</translation>
    </message>
    <message>
        <source>Open gross of due and overdue payments by days overdue as of %1 (awaiting the brand is left out)</source>
        <translation>Bruto belum lunas dari pembayaran yang jatuh tempo dan lewat jatuh tempo, menurut hari keterlambatan per %1 (yang menunggu brand tidak dihitung)</translation>
    </message>
    <message>
        <source>current</source>
        <translation>belum lewat</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 hari</translation>
    </message>
    <message>
        <source>31–60</source>
        <translation>31–60</translation>
    </message>
    <message>
        <source>61–90</source>
        <translation>61–90</translation>
    </message>
    <message>
        <source>90+</source>
        <translation>90+</translation>
    </message>
    <message>
        <source>%1. Gross, before withholding tax.</source>
        <translation>%1. Bruto, sebelum potongan pajak.</translation>
    </message>
</context>
<context>
    <name>cd::PaymentsPage</name>
    <message>
        <source>Part of %1&apos;s %2 paid; the rest stays open. Undo with Ctrl+Z.</source>
        <translation>Dibayar sebagian: %2 %1; sisanya belum lunas. Urungkan dengan Ctrl+Z.</translation>
    </message>
    <message>
        <source>%1&apos;s %2 marked paid. Undo with Ctrl+Z.</source>
        <translation>Ditandai dibayar: %2 %1. Urungkan dengan Ctrl+Z.</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <source>Delete Payment</source>
        <translation>Hapus pembayaran</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n payment(s)?</source>
        <translation>
            <numerusform>Hapus %Ln pembayaran?</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept:</source>
        <translation>Tetap disimpan:</translation>
    </message>
    <message>
        <source>Create Invoice</source>
        <translation>Buat tagihan</translation>
    </message>
    <message numerus="yes">
        <source>Invoice %1 for %n receivable(s), %2 before VAT? The invoice gets the next number; undo voids it.</source>
        <translation>
            <numerusform>Tagihkan %Ln piutang ke %1, %2 sebelum PPN? Tagihan mendapat nomor berikutnya; jika diurungkan, tagihan dibatalkan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invoice %1 for %2: %3, due %4. Export it as a PDF from Invoices….</source>
        <translation>Tagihan %1 untuk %2: %3, jatuh tempo %4. Ekspor sebagai PDF dari Tagihan….</translation>
    </message>
    <message>
        <source>Draft Schedule</source>
        <translation>Buat draf jadwal</translation>
    </message>
    <message>
        <source>There are no campaigns yet. Add one on the Campaigns page, with creators and their fees.</source>
        <translation>Belum ada kampanye. Tambahkan di halaman Kampanye, lengkap dengan kreator dan fee mereka.</translation>
    </message>
    <message>
        <source>Draft the payments of every confirmed creator in:</source>
        <translation>Buat draf pembayaran untuk setiap kreator yang sudah konfirmasi di:</translation>
    </message>
    <message>
        <source>%1: the schedule already matches the terms.</source>
        <translation>%1: jadwal sudah sesuai dengan ketentuan.</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 removed.</source>
        <translation>%1: %2 ditambahkan, %3 diperbarui, %4 dihapus.</translation>
    </message>
    <message>
        <source>Skipped: %1.</source>
        <translation>Dilewati: %1.</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <source>&amp;Mark Paid…</source>
        <translation>&amp;Tandai dibayar…</translation>
    </message>
    <message>
        <source>Record that the chosen payment was paid, whole or in part (Ctrl+Shift+P)</source>
        <translation>Catat bahwa pembayaran yang dipilih sudah dibayar, penuh atau sebagian (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>&amp;New Payment…</source>
        <translation>Pembayaran &amp;baru…</translation>
    </message>
    <message>
        <source>Add a payment by hand (Ctrl+Shift+N)</source>
        <translation>Tambah pembayaran secara manual (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Edit Payment…</source>
        <translation>&amp;Ubah pembayaran…</translation>
    </message>
    <message>
        <source>&amp;Delete Payment…</source>
        <translation>&amp;Hapus pembayaran…</translation>
    </message>
    <message>
        <source>D&amp;raft Schedule…</source>
        <translation>Buat &amp;draf jadwal…</translation>
    </message>
    <message>
        <source>Draft a campaign&apos;s deposits, fees, commissions and points from its creators&apos; terms</source>
        <translation>Buat draf uang muka, fee, komisi, dan poin sebuah kampanye dari ketentuan para kreatornya</translation>
    </message>
    <message>
        <source>Create &amp;Invoice…</source>
        <translation>Buat ta&amp;gihan…</translation>
    </message>
    <message>
        <source>Put the chosen receivables of one brand on a new invoice</source>
        <translation>Masukkan piutang terpilih dari satu brand ke tagihan baru</translation>
    </message>
    <message>
        <source>In&amp;voices…</source>
        <translation>T&amp;agihan…</translation>
    </message>
    <message>
        <source>Issued invoices: void one or export it as a PDF</source>
        <translation>Tagihan yang sudah diterbitkan: batalkan atau ekspor sebagai PDF</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Saring menurut status</translation>
    </message>
    <message>
        <source>Open (due, overdue, awaiting)</source>
        <translation>Belum lunas (belum jatuh tempo, lewat, menunggu)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Lewat jatuh tempo</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Belum jatuh tempo</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>Filter by direction</source>
        <translation>Saring menurut arah</translation>
    </message>
    <message>
        <source>Receivables and payables</source>
        <translation>Piutang dan utang</translation>
    </message>
    <message>
        <source>Receivables (brands owe you)</source>
        <translation>Piutang (brand berutang ke Anda)</translation>
    </message>
    <message>
        <source>Payables (you owe creators)</source>
        <translation>Utang (Anda berutang ke kreator)</translation>
    </message>
    <message>
        <source>Filter by brand</source>
        <translation>Saring menurut brand</translation>
    </message>
    <message>
        <source>Filter by creator</source>
        <translation>Saring menurut kreator</translation>
    </message>
    <message>
        <source>Filter by campaign</source>
        <translation>Saring menurut kampanye</translation>
    </message>
    <message>
        <source>Search creators, campaigns, invoices, references…</source>
        <translation>Cari kreator, kampanye, tagihan, referensi…</translation>
    </message>
    <message>
        <source>Search payments</source>
        <translation>Cari pembayaran</translation>
    </message>
    <message>
        <source>The payments could not be read: %1</source>
        <translation>Pembayaran tidak bisa dibaca: %1</translation>
    </message>
    <message>
        <source>All brands</source>
        <translation>Semua brand</translation>
    </message>
    <message>
        <source>All creators</source>
        <translation>Semua kreator</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Semua kampanye</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>per %1</translation>
    </message>
    <message>
        <source>%1 · reading…</source>
        <translation>%1 · membaca…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Reading payments…&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Membaca pembayaran…&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The payments could not be read&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pembayaran tidak bisa dibaca&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No payments yet&lt;/h3&gt;&lt;p&gt;Payments are the deposits, fees, commissions and points owed for creators&apos; work. Draft them from a campaign&apos;s creators and their terms with &lt;i&gt;Draft Schedule…&lt;/i&gt;, or add one with &lt;i&gt;New Payment&lt;/i&gt; (Ctrl+Shift+N). Payments kept elsewhere come in with &lt;i&gt;File &amp;gt; Import CSV&lt;/i&gt; (payments.csv).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Belum ada pembayaran&lt;/h3&gt;&lt;p&gt;Pembayaran adalah uang muka, fee, komisi, dan poin yang terutang untuk pekerjaan kreator. Buat drafnya dari kreator sebuah kampanye beserta ketentuannya dengan &lt;i&gt;Buat draf jadwal…&lt;/i&gt;, atau tambahkan satu per satu dengan &lt;i&gt;Pembayaran baru&lt;/i&gt; (Ctrl+Shift+N). Pembayaran yang dicatat di tempat lain bisa dimasukkan lewat &lt;i&gt;Berkas &amp;gt; Impor CSV&lt;/i&gt; (payments.csv).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nothing is open&lt;/h3&gt;&lt;p&gt;Every payment here is paid. Choose &lt;i&gt;All&lt;/i&gt; or &lt;i&gt;Paid&lt;/i&gt; to see them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tidak ada yang belum lunas&lt;/h3&gt;&lt;p&gt;Semua pembayaran di sini sudah dibayar. Pilih &lt;i&gt;Semua&lt;/i&gt; atau &lt;i&gt;Dibayar&lt;/i&gt; untuk melihatnya.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No payments match&lt;/h3&gt;&lt;p&gt;Nothing matches these filters and search; choose &lt;i&gt;All&lt;/i&gt; and clear the search to see every payment.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tidak ada pembayaran yang cocok&lt;/h3&gt;&lt;p&gt;Tidak ada yang cocok dengan filter dan pencarian ini; pilih &lt;i&gt;Semua&lt;/i&gt; dan kosongkan pencarian untuk melihat semua pembayaran.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reading payments…</source>
        <translation>Membaca pembayaran…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln payment(s)</source>
        <translation>
            <numerusform>%Ln pembayaran</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message numerus="yes">
        <source>The first %n open payment(s) by due date; reading the rest…</source>
        <translation>
            <numerusform>%Ln pembayaran terbuka pertama menurut jatuh tempo; sisanya sedang dibaca…</numerusform>
        </translation>
    </message>
    <message>
        <source>A receivable takes its creator&apos;s drafted, unpaid share with it.</source>
        <translation>Piutang ikut menghapus bagian kreatornya yang masih draf dan belum dibayar.</translation>
    </message>
</context>
<context>
    <name>cd::PipelinePage</name>
    <message>
        <source>Deal Pipeline</source>
        <translation>Pipeline kesepakatan</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manajer</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Kreator</translation>
    </message>
    <message>
        <source>Search creators…</source>
        <translation>Cari kreator…</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>&amp;Manajer:</translation>
    </message>
    <message>
        <source>&amp;Brand:</source>
        <translation>&amp;Brand:</translation>
    </message>
    <message>
        <source>C&amp;reator:</source>
        <translation>K&amp;reator:</translation>
    </message>
    <message>
        <source>No deals</source>
        <translation>Tidak ada kesepakatan</translation>
    </message>
    <message>
        <source>Deals reach %1 by themselves: it follows from their deliverables, invoices and payments.</source>
        <translation>Kesepakatan masuk ke %1 dengan sendirinya, mengikuti konten, tagihan, dan pembayarannya.</translation>
    </message>
    <message>
        <source>A deal in production is contracted already; it moves on when its deliverables are posted.</source>
        <translation>Kesepakatan dalam tahap produksi sudah dikontrak; tahapnya maju sendiri saat kontennya diposting.</translation>
    </message>
    <message>
        <source>The deal is in %1 already.</source>
        <translation>Kesepakatan sudah ada di %1.</translation>
    </message>
    <message>
        <source>A deal in %1 stays there while its records say so (deliverables, invoices, payments); by hand it can only be marked lost.</source>
        <translation>Kesepakatan di %1 tetap di sana selama datanya menunjukkan begitu (konten, tagihan, pembayaran); secara manual hanya bisa ditandai gagal.</translation>
    </message>
    <message>
        <source>All managers</source>
        <translation>Semua manajer</translation>
    </message>
    <message>
        <source>All brands</source>
        <translation>Semua brand</translation>
    </message>
    <message>
        <source>%1&apos;s creators</source>
        <translation>Kreator %1</translation>
    </message>
    <message>
        <source>everyone&apos;s creators</source>
        <translation>semua kreator</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>as of %1 · %2</source>
        <translation>per %1 · %2</translation>
    </message>
    <message>
        <source>The deals could not be read: %1</source>
        <translation>Kesepakatan tidak bisa dibaca: %1</translation>
    </message>
    <message>
        <source>No creator&apos;s name contains “%1”.</source>
        <translation>Tidak ada nama kreator yang mengandung “%1”.</translation>
    </message>
    <message>
        <source>No deals for these filters.</source>
        <translation>Tidak ada kesepakatan untuk filter ini.</translation>
    </message>
    <message>
        <source>No deals yet: creators added to a campaign appear here as offers.</source>
        <translation>Belum ada kesepakatan: kreator yang ditambahkan ke kampanye akan muncul di sini sebagai penawaran.</translation>
    </message>
    <message>
        <source>Drag a card to another column, or press Ctrl+← / Ctrl+→.</source>
        <translation>Seret kartu ke kolom lain, atau tekan Ctrl+← / Ctrl+→.</translation>
    </message>
    <message>
        <source>Invited; no answer yet.</source>
        <translation>Sudah diundang; belum ada jawaban.</translation>
    </message>
    <message>
        <source>Talking terms.</source>
        <translation>Sedang membahas ketentuan.</translation>
    </message>
    <message>
        <source>Confirmed; nothing left to make, or nothing planned yet.</source>
        <translation>Sudah konfirmasi; tidak ada lagi yang perlu dibuat, atau belum ada yang direncanakan.</translation>
    </message>
    <message>
        <source>Confirmed, with deliverables not yet posted.</source>
        <translation>Sudah konfirmasi, dengan konten yang belum diposting.</translation>
    </message>
    <message>
        <source>Every deliverable posted or verified.</source>
        <translation>Semua konten sudah diposting atau diverifikasi.</translation>
    </message>
    <message>
        <source>Every receivable on an invoice.</source>
        <translation>Semua piutang sudah masuk tagihan.</translation>
    </message>
    <message>
        <source>Every receivable (agency) or payable (brand) paid.</source>
        <translation>Semua piutang (agensi) atau utang (brand) sudah dibayar.</translation>
    </message>
    <message>
        <source>Declined or cancelled.</source>
        <translation>Ditolak atau dibatalkan.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln kesepakatan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln offer(s)</source>
        <translation>
            <numerusform>%Ln penawaran</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln late</source>
        <translation>
            <numerusform>%Ln terlambat</numerusform>
        </translation>
    </message>
    <message>
        <source>Move Deal</source>
        <translation>Pindahkan kesepakatan</translation>
    </message>
    <message>
        <source>Move %1 (%2) to %3</source>
        <translation>Pindahkan %1 (%2) ke %3</translation>
    </message>
    <message>
        <source>%1&apos;s deal is in %2: its records (deliverables, invoices, payments) put it there.</source>
        <translation>Kesepakatan %1 ada di %2 berdasarkan datanya (konten, tagihan, pembayaran).</translation>
    </message>
    <message>
        <source>The deal is an offer: there is no stage before it.</source>
        <translation>Kesepakatan ini masih penawaran: tidak ada tahap sebelumnya.</translation>
    </message>
    <message>
        <source>The deal is lost: there is no stage after it.</source>
        <translation>Kesepakatan ini sudah gagal: tidak ada tahap sesudahnya.</translation>
    </message>
    <message>
        <source>Open &amp;Campaign</source>
        <translation>Buka &amp;kampanye</translation>
    </message>
    <message>
        <source>Open C&amp;reator</source>
        <translation>Buka k&amp;reator</translation>
    </message>
    <message>
        <source>&amp;Move To</source>
        <translation>&amp;Pindahkan ke</translation>
    </message>
    <message>
        <source>Show &amp;lost deals (%1)</source>
        <translation>Tampilkan kesepakatan ga&amp;gal (%1)</translation>
    </message>
    <message>
        <source>No deals. Creators invited to a campaign land here.</source>
        <translation>Belum ada kesepakatan. Kreator yang diundang ke kampanye masuk ke sini.</translation>
    </message>
    <message>
        <source>No deals. Drag an offer here while the terms are talked over.</source>
        <translation>Belum ada kesepakatan. Seret tawaran ke sini selama syaratnya dirundingkan.</translation>
    </message>
    <message>
        <source>No deals. Confirmed deals wait here until their deliverables are planned.</source>
        <translation>Belum ada kesepakatan. Kesepakatan yang dikonfirmasi menunggu di sini sampai kontennya direncanakan.</translation>
    </message>
    <message>
        <source>No deals. Confirmed deals with content still to post land here.</source>
        <translation>Belum ada kesepakatan. Kesepakatan terkonfirmasi yang kontennya belum semua diposting masuk ke sini.</translation>
    </message>
    <message>
        <source>No deals. Deals whose content is all posted land here.</source>
        <translation>Belum ada kesepakatan. Kesepakatan yang semua kontennya sudah diposting masuk ke sini.</translation>
    </message>
    <message>
        <source>No deals. Deals whose receivables are all on an invoice land here.</source>
        <translation>Belum ada kesepakatan. Kesepakatan yang semua piutangnya sudah ditagihkan masuk ke sini.</translation>
    </message>
    <message>
        <source>No deals. Deals paid in full land here.</source>
        <translation>Belum ada kesepakatan. Kesepakatan yang sudah dibayar lunas masuk ke sini.</translation>
    </message>
    <message>
        <source>No deals. Declined and cancelled deals land here.</source>
        <translation>Belum ada kesepakatan. Kesepakatan yang ditolak atau dibatalkan masuk ke sini.</translation>
    </message>
</context>
<context>
    <name>cd::PostNumbersDialog</name>
    <message>
        <source>Numbers for %1</source>
        <translation>Angka untuk %1</translation>
    </message>
    <message>
        <source>Numbers as of</source>
        <translation>Angka per</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>tidak diisi</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Pendapatan</translation>
    </message>
    <message>
        <source>attributed sales in %1, if known</source>
        <translation>penjualan yang diatribusikan dalam %1, jika diketahui</translation>
    </message>
    <message>
        <source>manual entry</source>
        <translation>input manual</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Where the numbers come from: &quot;creator&apos;s screenshot&quot;, &quot;Instagram insights&quot;…</source>
        <translation>Asal angka: &quot;tangkapan layar kreator&quot;, &quot;Instagram insights&quot;…</translation>
    </message>
    <message>
        <source>Proof screenshots</source>
        <translation>Tangkapan layar bukti tayang</translation>
    </message>
    <message>
        <source>&amp;Attach Screenshot…</source>
        <translation>&amp;Lampirkan tangkapan layar…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>&amp;Numbers as of:</source>
        <translation>&amp;Angka per:</translation>
    </message>
    <message>
        <source>&amp;Revenue:</source>
        <translation>&amp;Pendapatan:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>S&amp;umber:</translation>
    </message>
    <message>
        <source>Proof:</source>
        <translation>Bukti tayang:</translation>
    </message>
    <message>
        <source>%1 on %2, posted %3: %4</source>
        <translation>%1 di %2, diposting %3: %4</translation>
    </message>
    <message>
        <source>%1 on %2 is not posted yet.</source>
        <translation>%1 di %2 belum diposting.</translation>
    </message>
    <message>
        <source>%1 (kept on save)</source>
        <translation>%1 (tersimpan saat Anda menyimpan)</translation>
    </message>
    <message>
        <source>revenue: %1</source>
        <translation>pendapatan: %1</translation>
    </message>
    <message>
        <source>revenue cannot be negative</source>
        <translation>pendapatan tidak boleh negatif</translation>
    </message>
    <message>
        <source>add the post&apos;s link and posted date to the deliverable first (Edit…)</source>
        <translation>tambahkan dulu tautan postingan dan tanggal diposting ke konten (Ubah…)</translation>
    </message>
    <message>
        <source>type at least one number, such as views or likes</source>
        <translation>isi minimal satu angka, misalnya tayangan atau suka</translation>
    </message>
    <message>
        <source>Open Proof</source>
        <translation>Buka bukti tayang</translation>
    </message>
    <message>
        <source>Numbers for %1 on %2</source>
        <translation>Angka untuk %1 di %2</translation>
    </message>
</context>
<context>
    <name>cd::PostRateChart</name>
    <message>
        <source>Engagement rate per post</source>
        <translation>Engagement rate per postingan</translation>
    </message>
    <message>
        <source>Engagement rate per post, against each platform&apos;s normal range</source>
        <translation>Engagement rate per postingan, dibandingkan dengan rentang normal tiap platform</translation>
    </message>
    <message>
        <source>%1 normal range</source>
        <translation>Rentang normal %1</translation>
    </message>
    <message>
        <source>%1 (no normal range set)</source>
        <translation>%1 (rentang normal belum diatur)</translation>
    </message>
</context>
<context>
    <name>cd::ProfileForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>As the creator is known, e.g. Sari Wulandari</source>
        <translation>Nama yang dikenal publik, mis. Sari Wulandari</translation>
    </message>
    <message>
        <source>N&amp;iche:</source>
        <translation>N&amp;iche:</translation>
    </message>
    <message>
        <source>Beauty, food, tech…</source>
        <translation>Kecantikan, kuliner, teknologi…</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>Ne&amp;gara:</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>&amp;Manajer:</translation>
    </message>
    <message>
        <source>Pick a manager or type a new name</source>
        <translation>Pilih manajer atau ketik nama baru</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telepon:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>T&amp;ag:</translation>
    </message>
    <message>
        <source>Separated by commas: hijab, skincare, Jakarta</source>
        <translation>Pisahkan dengan koma: hijab, skincare, Jakarta</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>&amp;Archived: hidden from daily views, history kept</source>
        <translation>&amp;Diarsipkan: disembunyikan dari tampilan harian, riwayat tetap tersimpan</translation>
    </message>
    <message>
        <source>creator name</source>
        <translation>nama kreator</translation>
    </message>
    <message>
        <source>A creator needs a name.</source>
        <translation>Kreator harus punya nama.</translation>
    </message>
    <message>
        <source>New manager: will be added to Settings &gt; Managers.</source>
        <translation>Manajer baru: akan ditambahkan ke Pengaturan &gt; Manajer.</translation>
    </message>
    <message>
        <source>Indonesia, Malaysia… or a code: ID, MY</source>
        <translation>Indonesia, Malaysia… atau kode: ID, MY</translation>
    </message>
    <message>
        <source>No country is called that: type its name or its two-letter code.</source>
        <translation>Tidak ada negara dengan nama itu: ketik namanya atau kode dua hurufnya.</translation>
    </message>
    <message>
        <source>e.g. sari@example.com</source>
        <translation>mis. sari@example.com</translation>
    </message>
    <message>
        <source>e.g. +62 812 3456 7890</source>
        <translation>mis. +62 812 3456 7890</translation>
    </message>
</context>
<context>
    <name>cd::RateCardForm</name>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Typical fee</source>
        <translation>Fee pasaran</translation>
    </message>
    <message>
        <source>Add &amp;Price</source>
        <translation>Tambah &amp;harga</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Jenis konten</translation>
    </message>
    <message>
        <source>e.g. 2.500.000</source>
        <translation>mis. 2.500.000</translation>
    </message>
    <message>
        <source>Remove price</source>
        <translation>Hapus harga</translation>
    </message>
    <message>
        <source>Remove this price</source>
        <translation>Hapus harga ini</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No estimate: it needs the creator&apos;s followers on %1, and IDR, or USD for Instagram and YouTube</source>
        <translation>Tidak ada estimasi: perlu jumlah pengikut kreator di %1, dan IDR, atau USD untuk Instagram dan YouTube</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a currency code; use one such as IDR or USD</source>
        <translation>&apos;%1&apos; bukan kode mata uang; gunakan kode seperti IDR atau USD</translation>
    </message>
    <message>
        <source>the %1 %2 price is empty (or remove the row)</source>
        <translation>harga %1 %2 masih kosong (atau hapus barisnya)</translation>
    </message>
    <message>
        <source>No prices yet. Add Price records what the creator charges for a piece of content; the typical fee for their followers shows beside it.</source>
        <translation>Belum ada harga. Tambah harga mencatat tarif kreator untuk satu konten; fee yang lazim untuk jumlah pengikutnya tampil di sebelahnya.</translation>
    </message>
    <message>
        <source>What the creator charges per piece of content. Beside each price, the typical fee for a creator with their followers on that platform, in the price&apos;s currency: rupiah by tier on every platform; dollars for Instagram and YouTube only.</source>
        <translation>Tarif kreator per konten. Di samping setiap harga: fee pasaran untuk kreator dengan jumlah pengikut tersebut di platform itu, dalam mata uang harganya: rupiah menurut tier di semua platform; dolar hanya untuk Instagram dan YouTube.</translation>
    </message>
</context>
<context>
    <name>cd::RecordEditor</name>
    <message>
        <source>the workspace is open read-only; nothing can be saved</source>
        <translation>ruang kerja dibuka dalam mode hanya-baca; tidak ada yang bisa disimpan</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Ubah %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Tambah %1</translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation>tidak tersimpan: %1</translation>
    </message>
</context>
<context>
    <name>cd::ReportDialog</name>
    <message>
        <source>Report on %1</source>
        <translation>Laporan %1</translation>
    </message>
    <message>
        <source>For the client: results against targets, charts, each creator&apos;s figures, brief compliance, the top posts, and how each figure is calculated.</source>
        <translation>Untuk klien: hasil dibandingkan target, grafik, angka tiap kreator, kepatuhan pada brief, postingan teratas, dan cara setiap angka dihitung.</translation>
    </message>
    <message>
        <source>Figures &amp;as of:</source>
        <translation>Angka &amp;per:</translation>
    </message>
    <message>
        <source>Report - %1 - %2.pdf</source>
        <translation>Laporan - %1 - %2.pdf</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Simpan laporan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>cd::ResultsEntryDialog</name>
    <message>
        <source>Enter Results: %1</source>
        <translation>Isi hasil: %1</translation>
    </message>
    <message>
        <source>Numbers as of</source>
        <translation>Angka per</translation>
    </message>
    <message>
        <source>manual entry</source>
        <translation>input manual</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Kreator</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>&amp;Numbers as of:</source>
        <translation>&amp;Angka per:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>S&amp;umber:</translation>
    </message>
    <message>
        <source>Enter Results</source>
        <translation>Isi hasil</translation>
    </message>
    <message>
        <source>Forget the numbers typed for %1?</source>
        <translation>Buang angka yang sudah diketik untuk %1?</translation>
    </message>
    <message>
        <source>Posted %1: %2</source>
        <translation>Diposting %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) up by this day; </source>
        <translation>
            <numerusform>%Ln postingan sudah tayang sampai tanggal ini; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already with numbers for it. Deliverables not posted yet are not listed.</source>
        <translation>
            <numerusform>%Ln sudah punya angka untuk tanggal ini. Konten yang belum diposting tidak ditampilkan.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1, %2: a day&apos;s numbers cannot be cleared here; type the right ones, or leave the row as it was</source>
        <translation>%1, %2: angka harian tidak bisa dikosongkan di sini; ketik angka yang benar, atau biarkan baris seperti semula</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Save %n Row(s)</source>
        <translation>
            <numerusform>&amp;Simpan %Ln baris</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Results for %1 on %2</source>
        <translation>Hasil %1 pada %2</translation>
    </message>
    <message>
        <source>Numbers per post</source>
        <translation>Angka per postingan</translation>
    </message>
</context>
<context>
    <name>cd::ResultsPanel</name>
    <message>
        <source>Posts</source>
        <translation>Postingan</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Follower growth</source>
        <translation>Pertumbuhan pengikut</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>CPE</source>
        <translation>CPE</translation>
    </message>
    <message>
        <source>CPM</source>
        <translation>CPM</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Pengikut</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Anggaran</translation>
    </message>
    <message>
        <source>As of today</source>
        <translation>Per hari ini</translation>
    </message>
    <message>
        <source>As of %1; hover a figure for how it was counted.</source>
        <translation>Per %1; arahkan kursor ke angka untuk melihat cara menghitungnya.</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 sejauh ini</translation>
    </message>
    <message>
        <source>No start date: give the campaign one to chart its numbers</source>
        <translation>Belum ada tanggal mulai: isi tanggal mulai kampanye agar angkanya bisa digrafikkan</translation>
    </message>
    <message>
        <source>No numbers before the campaign starts on %1</source>
        <translation>Belum ada angka sebelum kampanye dimulai pada %1</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>tanpa target</translation>
    </message>
    <message>
        <source>of the %1 target · %2%</source>
        <translation>dari target %1 · %2%</translation>
    </message>
    <message>
        <source>of the %1 target</source>
        <translation>dari target %1</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>ER</translation>
    </message>
    <message>
        <source>%1 so far (%2 of %3 creators posted)</source>
        <translation>%1 sejauh ini (%2/%3 kreator posting)</translation>
    </message>
</context>
<context>
    <name>cd::SettingsDialog</name>
    <message>
        <source>Settings — %1</source>
        <translation>Pengaturan — %1</translation>
    </message>
    <message>
        <source>Tiers by followers (of a creator&apos;s largest platform)</source>
        <translation>Tier menurut pengikut (di platform terbesar kreator)</translation>
    </message>
    <message>
        <source>Micro from:</source>
        <translation>Mikro mulai:</translation>
    </message>
    <message>
        <source>Macro from:</source>
        <translation>Makro mulai:</translation>
    </message>
    <message>
        <source>Mega from:</source>
        <translation>Mega mulai:</translation>
    </message>
    <message>
        <source>Currency and dates</source>
        <translation>Mata uang dan tanggal</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>followers at posting time</source>
        <translation>pengikut saat diposting</translation>
    </message>
    <message>
        <source>reach</source>
        <translation>jangkauan</translation>
    </message>
    <message>
        <source>impressions</source>
        <translation>impresi</translation>
    </message>
    <message>
        <source>Default currency for new campaigns:</source>
        <translation>Mata uang bawaan untuk kampanye baru:</translation>
    </message>
    <message>
        <source>Warn before usage rights end:</source>
        <translation>Ingatkan sebelum hak penggunaan berakhir:</translation>
    </message>
    <message>
        <source>Engagement rate shown by:</source>
        <translation>Engagement rate dihitung terhadap:</translation>
    </message>
    <message>
        <source>Engagement-rate baselines (normal range per platform)</source>
        <translation>Acuan engagement rate (rentang normal per platform)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>%1 baseline from</source>
        <translation>Acuan %1 dari</translation>
    </message>
    <message>
        <source>%1 baseline to</source>
        <translation>Acuan %1 sampai</translation>
    </message>
    <message>
        <source>Authenticity warnings</source>
        <translation>Peringatan keaslian</translation>
    </message>
    <message>
        <source> likes</source>
        <translation> suka</translation>
    </message>
    <message>
        <source> creators</source>
        <translation> kreator</translation>
    </message>
    <message>
        <source>Posts with at least:</source>
        <translation>Postingan dengan minimal:</translation>
    </message>
    <message>
        <source>…whose comments + shares are under:</source>
        <translation>…tetapi komentar + dibagikan kurang dari:</translation>
    </message>
    <message>
        <source>Followers up more than:</source>
        <translation>Pengikut naik lebih dari:</translation>
    </message>
    <message>
        <source>…between snapshots at most:</source>
        <translation>…dalam jarak antarpencatatan paling lama:</translation>
    </message>
    <message>
        <source>Engagement this far off the tier&apos;s median:</source>
        <translation>Engagement menyimpang sejauh ini dari median tier:</translation>
    </message>
    <message>
        <source>…when that median has at least:</source>
        <translation>…jika median itu mencakup minimal:</translation>
    </message>
    <message>
        <source>Your company, on contracts and invoices</source>
        <translation>Perusahaan Anda, untuk kontrak dan tagihan</translation>
    </message>
    <message>
        <source>legal name, e.g. PT Kreasi Nusantara Digital</source>
        <translation>nama resmi, mis. PT Kreasi Nusantara Digital</translation>
    </message>
    <message>
        <source>name and title, e.g. Dewi Lestari, Director</source>
        <translation>nama dan jabatan, mis. Dewi Lestari, Direktur</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>Nama &amp;resmi:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Alamat:</translation>
    </message>
    <message>
        <source>&amp;Signs:</source>
        <translation>&amp;Penanda tangan:</translation>
    </message>
    <message>
        <source>Ta&amp;x number:</source>
        <translation>Nomor pa&amp;jak:</translation>
    </message>
    <message>
        <source>Re&amp;vision turnaround:</source>
        <translation>Batas &amp;waktu revisi:</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Komputer ini</translation>
    </message>
    <message>
        <source>&amp;Reopen the last workspace at start</source>
        <translation>Buka lagi ruang kerja terakhir saat aplikasi &amp;dimulai</translation>
    </message>
    <message>
        <source>Icons and text</source>
        <translation>Ikon dan teks</translation>
    </message>
    <message>
        <source>Icons only</source>
        <translation>Ikon saja</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Disembunyikan</translation>
    </message>
    <message>
        <source>&amp;Toolbar:</source>
        <translation>&amp;Bilah alat:</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Umum</translation>
    </message>
    <message>
        <source>&amp;Money</source>
        <translation>&amp;Keuangan</translation>
    </message>
    <message>
        <source>Ma&amp;nagers</source>
        <translation>Ma&amp;najer</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Tidak tersimpan: %1</translation>
    </message>
    <message>
        <source>Not saved: %1.</source>
        <translation>Tidak tersimpan: %1.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Bahasa sistem</translation>
    </message>
    <message>
        <source>The new language is used from the next start of CollabDesk.</source>
        <translation>Bahasa baru dipakai saat CollabDesk dibuka berikutnya.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>e.g. NPWP 0012 3456 7890 1000 (16 digits)</source>
        <translation>mis. NPWP 0012 3456 7890 1000 (16 digit)</translation>
    </message>
    <message>
        <source>Puts the General and Money settings back to their defaults; Save keeps them</source>
        <translation>Mengembalikan pengaturan Umum dan Keuangan ke bawaannya; Simpan menyimpannya</translation>
    </message>
    <message>
        <source>not an NPWP (16 digits): brands withhold PPh 23 from you at double the rate</source>
        <translation>bukan NPWP (16 digit): brand memotong PPh 23 dari Anda dengan tarif dua kali lipat</translation>
    </message>
</context>
<context>
    <name>cd::TablePage</name>
    <message>
        <source>Search %1</source>
        <translation>Cari %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
</context>
<context>
    <name>cd::TimelinePanel</name>
    <message>
        <source>Campaign calendar</source>
        <translation>Kalender kampanye</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Minggu mulai %1</translation>
    </message>
    <message>
        <source>Week of %1 (this week)</source>
        <translation>Minggu mulai %1 (minggu ini)</translation>
    </message>
</context>
<context>
    <name>cd::TodayModel</name>
    <message numerus="yes">
        <source>%1: %n item(s)</source>
        <translation>
            <numerusform>%1: %Ln item</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Tugas</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Kreator</translation>
    </message>
    <message>
        <source>Campaign or brand</source>
        <translation>Kampanye atau brand</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Why now</source>
        <translation>Kenapa sekarang</translation>
    </message>
    <message numerus="yes">
        <source>Show the other %Ln…</source>
        <translation>
            <numerusform>Tampilkan %Ln lainnya…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln are listed, most urgent first. Press Enter to list all %1.</source>
        <translation>
            <numerusform>%Ln yang pertama ditampilkan, yang paling mendesak lebih dulu. Tekan Enter untuk menampilkan semua %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Hari Ini</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>Open the chosen item&apos;s record (Enter)</source>
        <translation>Buka data item yang dipilih (Enter)</translation>
    </message>
    <message>
        <source>Request &amp;Revision…</source>
        <translation>Minta &amp;revisi…</translation>
    </message>
    <message>
        <source>Today&apos;s list could not be read: %1</source>
        <translation>Daftar Hari Ini tidak bisa dibaca: %1</translation>
    </message>
    <message>
        <source>%1&apos;s creators</source>
        <translation>Kreator %1</translation>
    </message>
    <message>
        <source>everyone&apos;s creators</source>
        <translation>semua kreator</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · reading…</source>
        <translation>%1 · membaca…</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to do, %1</source>
        <translation>
            <numerusform>%Ln tugas, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%Ln terlambat</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Setujui</translation>
    </message>
    <message>
        <source>Mark &amp;Paid…</source>
        <translation>Tandai &amp;dibayar…</translation>
    </message>
    <message>
        <source>&amp;Send Contract</source>
        <translation>&amp;Kirim kontrak</translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation>Tandai se&amp;lesai</translation>
    </message>
    <message>
        <source>Next Step</source>
        <translation>Langkah berikutnya</translation>
    </message>
    <message>
        <source>Approve %1</source>
        <translation>Setujui %1</translation>
    </message>
    <message>
        <source>Mark Paid</source>
        <translation>Tandai dibayar</translation>
    </message>
    <message>
        <source>Send the contract of %1</source>
        <translation>Kirim kontrak %1</translation>
    </message>
    <message>
        <source>Follow-up done: %1</source>
        <translation>Tindak lanjut selesai: %1</translation>
    </message>
    <message>
        <source>Request Revision</source>
        <translation>Minta revisi</translation>
    </message>
    <message>
        <source>What should change in “%1”? The note is kept with this round.</source>
        <translation>Apa yang perlu diubah di “%1”? Catatan ini disimpan bersama putaran revisi ini.</translation>
    </message>
    <message>
        <source>Request a revision of %1</source>
        <translation>Minta revisi untuk %1</translation>
    </message>
    <message>
        <source>Past the Revision Limit</source>
        <translation>Melewati batas revisi</translation>
    </message>
    <message>
        <source>The request is recorded, but %1. The contract may allow a fee for extra rounds.</source>
        <translation>Permintaan sudah dicatat, tetapi %1. Kontrak mungkin mengatur fee untuk putaran revisi tambahan.</translation>
    </message>
</context>
<context>
    <name>cd::VettingForm</name>
    <message>
        <source>Their answer, or your notes</source>
        <translation>Jawaban mereka, atau catatan Anda</translation>
    </message>
    <message>
        <source>Answer to question %1</source>
        <translation>Jawaban pertanyaan %1</translation>
    </message>
    <message>
        <source>0 red flag</source>
        <translation>0 tanda bahaya</translation>
    </message>
    <message>
        <source>5 perfect fit</source>
        <translation>5 sangat cocok</translation>
    </message>
    <message>
        <source>Score for question %1</source>
        <translation>Skor pertanyaan %1</translation>
    </message>
    <message>
        <source>0 is a red flag, 5 a perfect fit</source>
        <translation>0 berarti tanda bahaya, 5 berarti sangat cocok</translation>
    </message>
    <message>
        <source>&lt;b&gt;Score:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Skor:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Score each answer from 0 (a red flag) to 5 (a perfect fit); the score counts only the questions scored.</source>
        <translation>Beri skor tiap jawaban dari 0 (tanda bahaya) sampai 5 (sangat cocok); skor hanya menghitung pertanyaan yang sudah dinilai.</translation>
    </message>
    <message>
        <source>— not scored</source>
        <translation>— belum dinilai</translation>
    </message>
    <message>
        <source>1 poor fit</source>
        <translation>1 kurang cocok</translation>
    </message>
    <message>
        <source>2 weak fit</source>
        <translation>2 agak kurang cocok</translation>
    </message>
    <message>
        <source>3 fair fit</source>
        <translation>3 cukup cocok</translation>
    </message>
    <message>
        <source>4 good fit</source>
        <translation>4 cocok</translation>
    </message>
</context>
<context>
    <name>cd::Workspace</name>
    <message>
        <source>no workspace file was given</source>
        <translation>file ruang kerja tidak ditentukan</translation>
    </message>
    <message>
        <source>there is no workspace at %1; create one with &apos;collabdesk-cli --db %1 init&apos;</source>
        <translation>tidak ada ruang kerja di %1; buat dengan &apos;collabdesk-cli --db %1 init&apos;</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a workspace; create one with &apos;collabdesk-cli --db %1 init&apos;</source>
        <translation>%1 adalah file kosong, bukan ruang kerja; buat ruang kerja dengan &apos;collabdesk-cli --db %1 init&apos;</translation>
    </message>
    <message>
        <source>cannot create %1: the folder %2 does not exist</source>
        <translation>tidak bisa membuat %1: folder %2 tidak ada</translation>
    </message>
    <message>
        <source>cannot open %1 for writing</source>
        <translation>tidak bisa membuka %1 untuk ditulis</translation>
    </message>
    <message>
        <source>creating the workspace failed: %1</source>
        <translation>gagal membuat ruang kerja: %1</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). It was left unchanged. Restore a backup with &apos;collabdesk-cli restore&apos;.</source>
        <translation>%1 rusak (%2). File ini tidak diubah. Pulihkan cadangan dengan &apos;collabdesk-cli restore&apos;.</translation>
    </message>
    <message>
        <source>The workspace was not closed properly last time; its integrity was checked and is fine.</source>
        <translation>Ruang kerja tidak ditutup dengan benar terakhir kali; integritasnya sudah diperiksa dan aman.</translation>
    </message>
    <message>
        <source>the workspace needs updating to schema v%1, but the backup before it failed, so nothing was changed: %2</source>
        <translation>ruang kerja perlu diperbarui ke skema v%1, tetapi pencadangan sebelumnya gagal, jadi tidak ada yang diubah: %2</translation>
    </message>
    <message>
        <source>The workspace was updated from schema v%1 to v%2; a copy of the old one is at %3.</source>
        <translation>Ruang kerja diperbarui dari skema v%1 ke v%2; salinan versi lamanya ada di %3.</translation>
    </message>
    <message>
        <source>cannot make a temporary folder to read %1: %2</source>
        <translation>tidak bisa membuat folder sementara untuk membaca %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1 (schema v%2): %3</source>
        <translation>tidak bisa membaca %1 (skema v%2): %3</translation>
    </message>
    <message>
        <source>The workspace uses schema v%1 and is shown as updated to v%2; the file itself stays as it is until it is opened for writing.</source>
        <translation>Ruang kerja memakai skema v%1 dan ditampilkan seolah sudah diperbarui ke v%2; file-nya sendiri tidak berubah sampai dibuka untuk ditulis.</translation>
    </message>
    <message>
        <source>%1 has %2 names on this disk (hard links). Writing through more than one name can lose changes, so it is opened only read-only. Make a copy of its own with &apos;collabdesk-cli --db %1 backup COPY.collabdesk&apos; and use the copy, or remove the other names.</source>
        <translation>%1 punya %2 nama di disk ini (hard link). Menulis lewat lebih dari satu nama bisa menghilangkan perubahan, jadi file ini hanya dibuka dalam mode baca saja. Buat salinan tersendiri dengan &apos;collabdesk-cli --db %1 backup COPY.collabdesk&apos; lalu pakai salinan itu, atau hapus nama-nama lainnya.</translation>
    </message>
    <message>
        <source>%1 Nothing in the workspace was changed; a copy from before the update is at %2.</source>
        <translation>%1 Tidak ada yang diubah di ruang kerja; salinan dari sebelum pembaruan ada di %2.</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled; nothing in it was changed.</source>
        <translation>Pembukaan %1 dibatalkan; tidak ada yang diubah di dalamnya.</translation>
    </message>
    <message>
        <source>the check was cancelled</source>
        <translation>pemeriksaan dibatalkan</translation>
    </message>
    <message>
        <source>the update was cancelled</source>
        <translation>pembaruan dibatalkan</translation>
    </message>
    <message>
        <source>the database %1 is empty; make a workspace in it with &apos;collabdesk-cli --db %1 init&apos;</source>
        <translation>basis data %1 kosong; buat ruang kerja di dalamnya dengan &apos;collabdesk-cli --db %1 init&apos;</translation>
    </message>
    <message>
        <source>the workspace %1 uses schema v%2; open it for writing once to update it to v%3</source>
        <translation>ruang kerja %1 memakai skema v%2; buka sekali untuk menulis agar diperbarui ke v%3</translation>
    </message>
    <message>
        <source>The workspace was updated from schema v%1 to v%2.</source>
        <translation>Ruang kerja diperbarui dari skema v%1 ke v%2.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>usage: collabdesk-cli [--db PATH] %1 %2</source>
        <translation>penggunaan: collabdesk-cli [--db PATH] %1 %2</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; for --lang: use en or id</source>
        <translation>bahasa &apos;%1&apos; tidak dikenal untuk --lang: gunakan en atau id</translation>
    </message>
    <message>
        <source>no manager named &apos;%1&apos;: this workspace has no managers yet</source>
        <translation>tidak ada manajer bernama &apos;%1&apos;: ruang kerja ini belum punya manajer</translation>
    </message>
    <message>
        <source>no manager named &apos;%1&apos;; the managers are: %2</source>
        <translation>tidak ada manajer bernama &apos;%1&apos;; daftar manajer: %2</translation>
    </message>
    <message>
        <source>Usage: collabdesk-cli [--db PATH] COMMAND [ARGS...]

The workspace is --db PATH, else $COLLABDESK_DB, else %1.

Commands:
</source>
        <translation>Penggunaan: collabdesk-cli [--db PATH] COMMAND [ARGS...]

Ruang kerja yang dipakai: --db PATH; jika tidak ada, $COLLABDESK_DB; jika tidak ada juga, %1.

Perintah:
</translation>
    </message>
    <message>
        <source>
&apos;collabdesk-cli COMMAND --help&apos; describes one command.
</source>
        <translation>
&apos;collabdesk-cli COMMAND --help&apos; menjelaskan satu perintah.
</translation>
    </message>
    <message>
        <source>--db needs a file path</source>
        <translation>--db memerlukan jalur file</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>perintah &apos;%1&apos; tidak dikenal</translation>
    </message>
    <message>
        <source>there is no creator named &apos;%1&apos;; `collabdesk-cli list creators` shows them</source>
        <translation>tidak ada kreator bernama &apos;%1&apos;; `collabdesk-cli list creators` menampilkan daftarnya</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Influencer campaign manager</source>
        <translation>Pengelola kampanye influencer</translation>
    </message>
    <message>
        <source>Open the workspace at PATH.</source>
        <translation>Buka ruang kerja di PATH.</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Buka ruang kerja</translation>
    </message>
    <message>
        <source>CollabDesk workspaces (*.collabdesk *.sqlite);;All files (*)</source>
        <translation>Ruang kerja CollabDesk (*.collabdesk *.sqlite);;Semua file (*)</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Ruang kerja demo</translation>
    </message>
</context>
</TS>
