"""Deed extractors: company name, legal form, ownership, listing, deed number and date, notary.

The passages follow how Indonesian notarial deeds are written (UU 2/2014 on the notary's office,
Pasal 38): a head with the title, the number, the day, the date (in words, sometimes also in digits)
and the hour; "Berhadapan dengan saya, <notary>, <titles>, Notaris di <seat>"; the appearers; the
articles (Pasal 1 name and seat); a closing. Lines are filled with dashes; copies carry page headers
and footers that repeat the deed number. BUMN and BUMD may show their establishing regulation (PP,
Perda) and a ministry platform its decree instead of a deed.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from helpers import facts_of

CORPUS = Path(__file__).parent / "corpus"


def corpus(name: str) -> str:
    return (CORPUS / name).read_text(encoding="utf-8")


# The same company, a deed of establishment (Nomor 12, 14-04-2020, notary Siti Rahmawati) and a
# later amendment (PKR Nomor 31, 5 Maret 2021, notary Andi Pratama) that recites the first deed.
ESTABLISHMENT = corpus("akta_pendirian_pt_belajar_nusantara_digital.txt")
AMENDMENT = corpus("akta_pkr_pt_belajar_nusantara_digital.txt")

DEED_TBK = """\
                                   AKTA
          PERNYATAAN KEPUTUSAN RAPAT UMUM PEMEGANG SAHAM TAHUNAN
                     PT EDUKASI CERDAS INDONESIA Tbk
                               Nomor: 45.
---------------------------------------------------------------------------
-Pada hari ini, Kamis, tanggal 09-06-2022 (sembilan Juni dua ribu dua puluh
dua), pukul 15.30 WIB (lima belas lewat tiga puluh menit Waktu Indonesia
Barat).--------------------------------------------------------------------
-Berhadapan dengan saya, Hajjah RATNA KUSUMAWARDHANI, Sarjana Hukum, Magister
Hukum, Magister Kenotariatan, Notaris di Jakarta, dengan dihadiri oleh
saksi-saksi yang telah saya, Notaris, kenal dan nama-namanya akan disebutkan
pada bagian akhir akta ini.------------------------------------------------
-Tuan ARIF WICAKSONO, lahir di Semarang, pada tanggal 14-02-1976 (empat belas
Februari seribu sembilan ratus tujuh puluh enam), Warga Negara Indonesia,
Direktur Perseroan Terbatas, bertempat tinggal di Jakarta Selatan, Jalan
Kemang Raya Nomor 8, Rukun Tetangga 003, Rukun Warga 002, Kelurahan Bangka,
Kecamatan Mampang Prapatan;------------------------------------------------
-menurut keterangannya dalam hal ini bertindak dalam jabatannya selaku
Direktur Utama dari dan oleh karena itu untuk dan atas nama PT EDUKASI
CERDAS INDONESIA Tbk, suatu perseroan terbatas terbuka, berkedudukan di
Jakarta Selatan, yang saham-sahamnya tercatat di Bursa Efek Indonesia
(selanjutnya disebut "Perseroan").----------------------------------------
-Penghadap bertindak dalam kedudukannya tersebut di atas terlebih dahulu
menerangkan:---------------------------------------------------------------
-bahwa pada hari ini, pukul 10.05 WIB, bertempat di Ruang Serbaguna, Gedung
Cerdas Tower lantai 5, Jalan Jenderal Gatot Subroto Kavling 21, Jakarta
Selatan, telah diselenggarakan Rapat Umum Pemegang Saham Tahunan Perseroan
("Rapat") yang dihadiri oleh pemegang saham dan/atau kuasa pemegang saham
yang mewakili 1.876.450.200 (satu miliar delapan ratus tujuh puluh enam juta
empat ratus lima puluh ribu dua ratus) saham atau 78,42% dari seluruh saham
dengan hak suara yang sah yang telah dikeluarkan oleh Perseroan;-----------
-bahwa Rapat telah mengambil keputusan sebagai berikut:--------------------
1. Menyetujui Laporan Tahunan Perseroan untuk tahun buku yang berakhir pada
   tanggal 31 Desember 2021;----------------------------------------------
2. Menyetujui perubahan Pasal 3 Anggaran Dasar Perseroan guna menyesuaikan
   dengan Klasifikasi Baku Lapangan Usaha Indonesia (KBLI) 2020, antara lain
   Portal Web dan/atau Platform Digital Dengan Tujuan Komersial (KBLI 63122).
                              Salinan Akta Nomor 45 tanggal 09-06-2022 - 2 -
                                            Notaris di Jakarta,
                                                    ttd.
                          Hj. RATNA KUSUMAWARDHANI, S.H., M.H., M.Kn.
"""

# Date in words only; notary's seat is "Jakarta", the company's seat a city of Jakarta.
DEED_WORDS_ONLY = """\
                   AKTA PENDIRIAN PERSEROAN TERBATAS
                      PT KELAS MAHIR INDONESIA
                         Nomor 7 (tujuh).
-Pada hari ini, Selasa, tanggal dua puluh tiga Juli dua ribu sembilan belas,
pukul sembilan lewat tiga puluh menit Waktu Indonesia Barat.---------------
-Berhadapan dengan saya, RIKA LESTARI, SH, MKn, Notaris di Jakarta, dengan
dihadiri oleh saksi-saksi yang saya, Notaris, kenal dan yang nama-namanya
akan disebutkan pada akhir akta ini.--------------------------------------
1. Tuan ADITYA NUGROHO, lahir di Jakarta, pada tanggal sebelas Maret seribu
   sembilan ratus sembilan puluh, Warga Negara Indonesia, Karyawan Swasta,
   bertempat tinggal di Kota Administrasi Jakarta Selatan, Jalan Ampera Raya
   Nomor 17;--------------------------------------------------------------
2. Nona CLARISSA HALIM, lahir di Medan, pada tanggal dua Oktober seribu
   sembilan ratus sembilan puluh dua, Warga Negara Indonesia, Wiraswasta,
   bertempat tinggal di Kota Administrasi Jakarta Barat;------------------
-Para penghadap menerangkan dengan ini mendirikan suatu perseroan terbatas
dengan anggaran dasar sebagai berikut:------------------------------------
----------------------------------Pasal 1---------------------------------
Perseroan Terbatas ini bernama PT KELAS MAHIR INDONESIA (selanjutnya cukup
disingkat dengan "Perseroan"), berkedudukan di Jakarta Selatan.----------
----------------------------------Pasal 3---------------------------------
Maksud dan tujuan Perseroan ialah berusaha dalam bidang Portal Web dan/atau
Platform Digital Dengan Tujuan Komersial (KBLI 63122) dan Pendidikan Lainnya
Swasta (KBLI 85499).------------------------------------------------------
----------------------------------Pasal 4---------------------------------
Modal dasar Perseroan berjumlah Rp 2.000.000.000,00 (dua miliar Rupiah).--
"""

# A PT whose founders are a cooperative and a foundation; Pasal 3 names BUMN and BUMD as clients.
DEED_PT_WITH_INSTITUTIONAL_FOUNDERS = """\
                              AKTA PENDIRIAN
              PERSEROAN TERBATAS PT. TALENTA BANGSA MANDIRI
                                Nomor: 27
-Pada hari ini, Kamis, tanggal 12-09-2019 (dua belas September dua ribu
sembilan belas), pukul 13.00 WIB.-----------------------------------------
-Berhadapan dengan saya, DIAN PERMATASARI, S.H., M.Kn., Notaris di Kota
Surabaya, dengan dihadiri oleh saksi-saksi yang saya, Notaris, kenal:-----
1. KOPERASI KARYAWAN SEJAHTERA MANDIRI, berkedudukan di Kota Surabaya, yang
   anggaran dasarnya telah disahkan oleh Menteri Koperasi dan Usaha Kecil
   dan Menengah, dalam hal ini diwakili oleh Tuan SLAMET RIYADI selaku Ketua
   Pengurus;--------------------------------------------------------------
2. YAYASAN PENDIDIKAN TUNAS BANGSA, berkedudukan di Kota Surabaya, dalam hal
   ini diwakili oleh Nyonya ENDANG SUSILOWATI selaku Ketua Pengurus;------
-Para penghadap menerangkan dengan ini mendirikan suatu perseroan terbatas
dengan anggaran dasar sebagai berikut:------------------------------------
----------------------------------Pasal 1---------------------------------
Perseroan Terbatas ini bernama PT. TALENTA BANGSA   MANDIRI (selanjutnya
disebut "Perseroan"), berkedudukan di Kota Surabaya.----------------------
----------------------------------Pasal 3---------------------------------
1. Maksud dan tujuan Perseroan ialah berusaha dalam bidang penyediaan
   platform digital pelatihan kerja, termasuk kerja sama penyelenggaraan
   pelatihan dengan instansi pemerintah, Badan Usaha Milik Negara dan Badan
   Usaha Milik Daerah.----------------------------------------------------
2. Kegiatan usaha: Portal Web dan/atau Platform Digital Dengan Tujuan
   Komersial (KBLI 63122); Pendidikan Lainnya Swasta (KBLI 85499).--------
----------------------------------Pasal 4---------------------------------
Modal dasar Perseroan berjumlah Rp 1.500.000.000,00 (satu miliar lima ratus
juta Rupiah), modal ditempatkan dan disetor Rp 375.000.000,00.------------
"""

DEED_PERSERO = """\
                              AKTA PENDIRIAN
                      PERUSAHAAN PERSEROAN (PERSERO)
                    PT PENDIDIKAN DIGITAL NUSANTARA
                                 Nomor 19
-Pada hari ini, Rabu, tanggal 17 November 2021 (tujuh belas November dua
ribu dua puluh satu), pukul 10.00 WIB.------------------------------------
-Menghadap kepada saya, Doktor Hajjah MARIA ULFAH HASIBUAN, Sarjana Hukum,
Magister Kenotariatan, Notaris di Kota Administrasi Jakarta Pusat, dengan
dihadiri saksi-saksi yang saya, Notaris, kenal dan akan disebutkan pada
akhir akta ini:-----------------------------------------------------------
-Tuan Doktor Insinyur HARYANTO WIBISONO, Master of Business Administration,
Warga Negara Indonesia, Pegawai Negeri Sipil, dalam hal ini bertindak
berdasarkan Surat Kuasa Menteri Badan Usaha Milik Negara Nomor
SK-88/MBU/11/2021 tanggal 10-11-2021, dari dan oleh karena itu bertindak
untuk dan atas nama Negara Republik Indonesia;----------------------------
-Penghadap bertindak dalam kedudukannya tersebut menerangkan bahwa
berdasarkan Peraturan Pemerintah Nomor 57 Tahun 2021 tentang Penyertaan
Modal Negara Republik Indonesia untuk Pendirian Perusahaan Perseroan
(Persero) di Bidang Pelatihan Digital, Negara Republik Indonesia mendirikan
suatu perseroan terbatas dengan anggaran dasar sebagai berikut:-----------
-------------------------NAMA DAN TEMPAT KEDUDUKAN-------------------------
----------------------------------Pasal 1---------------------------------
1. Perseroan ini bernama Perusahaan Perseroan (Persero) PT PENDIDIKAN
   DIGITAL NUSANTARA, disingkat PT PDN (Persero) (selanjutnya dalam anggaran
   dasar ini cukup disingkat dengan "Perseroan"), berkedudukan dan
   berkantor pusat di Jakarta Pusat.--------------------------------------
----------------------------------Pasal 4---------------------------------
1. Modal dasar Perseroan berjumlah Rp 2.000.000.000.000,00 (dua triliun
   Rupiah), terbagi atas 2.000.000 (dua juta) saham.----------------------
2. Dari modal dasar tersebut telah ditempatkan dan disetor penuh oleh Negara
   Republik Indonesia 500.000 (lima ratus ribu) saham atau 100% (seratus
   persen).---------------------------------------------------------------
"""

DEED_PERSERODA = """\
                   AKTA PENDIRIAN PERSEROAN TERBATAS
                  PT JABAR DIGITAL KREATIF (PERSERODA)
                               Nomor: 56.
-Pada hari ini, Sabtu, tanggal sebelas November dua ribu dua puluh tiga
(11-11-2023), pukul 09.00 (sembilan) Waktu Indonesia Barat.---------------
-Berhadapan dengan saya, FEBRIANA SIREGAR, Sarjana Hukum, Magister
Kenotariatan, Notaris di Kota Bandung, dengan dihadiri oleh saksi-saksi yang
saya, Notaris, kenal:-----------------------------------------------------
1. Tuan Doktor DEDI KURNIAWAN, Sarjana Ekonomi, Magister Sains, dalam hal
   ini bertindak selaku kuasa Gubernur Jawa Barat, untuk dan atas nama
   Pemerintah Daerah Provinsi Jawa Barat, berdasarkan Peraturan Daerah
   Provinsi Jawa Barat Nomor 9 Tahun 2023 tentang Pendirian Perseroan
   Terbatas Jabar Digital Kreatif (Perseroan Daerah);--------------------
2. Tuan YUSUF MAULANA, dalam hal ini bertindak selaku Direktur Utama dari
   dan untuk atas nama PT SARANA INFRASTRUKTUR JABAR (Perseroda);---------
-Para penghadap menerangkan mendirikan suatu perseroan terbatas dengan
anggaran dasar sebagai berikut:-------------------------------------------
----------------------------------Pasal 1---------------------------------
Perseroan Terbatas ini bernama PT JABAR DIGITAL KREATIF (PERSERODA),
selanjutnya cukup disingkat "Perseroan", berkedudukan di Kota Bandung.----
----------------------------------Pasal 4---------------------------------
Dari modal dasar tersebut telah ditempatkan dan disetor oleh Pemerintah
Daerah Provinsi Jawa Barat sebanyak 9.900 (sembilan ribu sembilan ratus)
saham atau 99% (sembilan puluh sembilan persen) dan oleh PT SARANA
INFRASTRUKTUR JABAR (Perseroda) sebanyak 100 (seratus) saham atau 1% (satu
persen).------------------------------------------------------------------
"""

# In a CV deed the partners are still called "persero" (persero pengurus, persero komanditer).
DEED_CV = """\
                              AKTA PENDIRIAN
                          PERSEKUTUAN KOMANDITER
                         CV MITRA BELAJAR MANDIRI
                                  No. 8
-Pada hari ini, Senin, tanggal 20-01-2020 (dua puluh Januari dua ribu dua
puluh), pukul 13.00 WIB.--------------------------------------------------
-Menghadap kepada saya, Insinyur YOHANES GUNAWAN, Sarjana Hukum, Magister
Kenotariatan, Notaris di Kabupaten Sidoarjo, dengan dihadiri oleh saksi-saksi
yang saya, Notaris, kenal:------------------------------------------------
1. Tuan WAHYU HIDAYAT, lahir di Sidoarjo, pada tanggal 02-02-1982 (dua
   Februari seribu sembilan ratus delapan puluh dua), Wiraswasta;---------
2. Nyonya SRI LESTARI, lahir di Malang, pada tanggal 17-06-1984 (tujuh
   belas Juni seribu sembilan ratus delapan puluh empat), Ibu Rumah Tangga;
-Para penghadap menerangkan telah saling setuju dan mufakat untuk mendirikan
suatu Persekutuan Komanditer (Commanditaire Vennootschap) dengan memakai
anggaran dasar sebagai berikut:-------------------------------------------
----------------------------------Pasal 1---------------------------------
Persekutuan ini bernama Persekutuan Komanditer CV MITRA BELAJAR MANDIRI,
berkedudukan di Kabupaten Sidoarjo.---------------------------------------
----------------------------------Pasal 2---------------------------------
Persekutuan dimulai pada tanggal akta ini dan didirikan untuk waktu yang
tidak ditentukan lamanya.-------------------------------------------------
----------------------------------Pasal 3---------------------------------
Maksud dan tujuan persekutuan ialah menjalankan usaha kursus dan pelatihan
komputer serta pemasaran digital (KBLI 85499).----------------------------
----------------------------------Pasal 5---------------------------------
Tuan WAHYU HIDAYAT bertindak selaku Persero Pengurus (sekutu aktif) dan
Nyonya SRI LESTARI selaku Persero Komanditer (sekutu pasif) yang hanya
bertanggung jawab sebesar modal yang dimasukkannya.-----------------------
"""

DEED_YAYASAN = """\
                         AKTA PENDIRIAN YAYASAN
                    "YAYASAN CAHAYA ILMU NUSANTARA"
                              Nomor: 112.-
-Pada hari ini, Rabu, tanggal tiga puluh satu Agustus dua ribu dua puluh dua
(31-08-2022), pukul 11.00 WITA (sebelas Waktu Indonesia Tengah).----------
-Berhadapan dengan saya, NI KETUT SARI DEWI, Sarjana Hukum, Magister
Kenotariatan, Notaris di Kabupaten Badung, dengan dihadiri oleh saksi-saksi
yang saya, Notaris, kenal dan akan disebutkan pada akhir akta ini:--------
-Tuan I WAYAN SUDARMA, lahir di Denpasar, pada tanggal 05-04-1970 (lima
April seribu sembilan ratus tujuh puluh), Warga Negara Indonesia, Pensiunan
Guru, bertempat tinggal di Kabupaten Badung;------------------------------
-Penghadap menerangkan dengan ini mendirikan suatu yayasan dengan anggaran
dasar sebagai berikut:----------------------------------------------------
----------------------------------Pasal 1---------------------------------
Yayasan ini bernama "YAYASAN CAHAYA ILMU NUSANTARA", selanjutnya dalam
anggaran dasar ini cukup disingkat dengan "Yayasan", berkedudukan di
Kabupaten Badung.---------------------------------------------------------
----------------------------------Pasal 3---------------------------------
Yayasan mempunyai maksud dan tujuan di bidang sosial, keagamaan dan
kemanusiaan, antara lain menyelenggarakan pendidikan nonformal, lembaga
kursus dan pelatihan keterampilan kerja.----------------------------------
----------------------------------Pasal 5---------------------------------
Yayasan mempunyai kekayaan awal yang dipisahkan dari kekayaan pendiri
berupa uang tunai sebesar Rp 50.000.000,00 (lima puluh juta Rupiah).------
Organ Yayasan terdiri atas Pembina, Pengurus dan Pengawas.----------------
"""

DEED_KOPERASI = """\
                         AKTA PENDIRIAN KOPERASI
                 KOPERASI JASA EDUKASI DIGITAL SEJAHTERA
                              Nomor : 03.-
-Pada hari ini, Senin, tanggal 01-10-2018 (satu Oktober dua ribu delapan
belas), pukul 10.00 WIB.--------------------------------------------------
-Menghadap kepada saya, MUHAMMAD FAUZI, Sarjana Hukum, Spesialis Notariat,
Notaris Pembuat Akta Koperasi di Kabupaten Sleman, dengan dihadiri oleh
saksi-saksi yang saya, Notaris, kenal:------------------------------------
-Tuan BAMBANG SUTRISNO dan Nyonya ASIH PURWANINGSIH, dalam hal ini bertindak
selaku kuasa dari Rapat Pembentukan Koperasi yang diselenggarakan pada
tanggal 15-09-2018 (lima belas September dua ribu delapan belas) dan
dihadiri oleh 25 (dua puluh lima) orang pendiri;--------------------------
----------------------------------Pasal 1---------------------------------
Koperasi ini bernama KOPERASI JASA EDUKASI DIGITAL SEJAHTERA, disingkat
KJEDS, berkedudukan di Kabupaten Sleman, Daerah Istimewa Yogyakarta.------
----------------------------------Pasal 2---------------------------------
Koperasi berlandaskan Pancasila dan Undang-Undang Dasar Negara Republik
Indonesia Tahun 1945 serta berdasar atas asas kekeluargaan.---------------
----------------------------------Pasal 5---------------------------------
Setiap anggota wajib membayar Simpanan Pokok sebesar Rp 100.000,00 (seratus
ribu Rupiah) dan Simpanan Wajib sebesar Rp 25.000,00 setiap bulan.--------
Pengurus: Ketua BAMBANG SUTRISNO, Sekretaris ASIH PURWANINGSIH.-----------
"""

DEED_PERKUMPULAN = """\
                       AKTA PENDIRIAN PERKUMPULAN
           PERKUMPULAN PENGAJAR DAN PELATIH DIGITAL INDONESIA
                                Nomor 14
-Pada hari ini, Senin, tanggal 19-12-2016 (sembilan belas Desember dua ribu
enam belas), pukul 16.00 WIB.---------------------------------------------
-Menghadap kepada saya, ELISABETH WIDJAJA, Sarjana Hukum, Magister
Kenotariatan, Notaris di Kota Semarang, dengan dihadiri oleh saksi-saksi:--
1. Tuan ANTONIUS BUDIMAN, Dosen, bertempat tinggal di Kota Semarang;------
2. Nyonya MARGARETHA SUSANTI, Guru, bertempat tinggal di Kota Semarang;---
3. Tuan FAJAR SETIADI, Wiraswasta, bertempat tinggal di Kabupaten Kendal;-
-Para penghadap menerangkan bahwa mereka bersepakat mendirikan suatu
perkumpulan berbadan hukum dengan anggaran dasar sebagai berikut:---------
----------------------------------Pasal 1---------------------------------
Perkumpulan ini bernama PERKUMPULAN PENGAJAR DAN PELATIH DIGITAL INDONESIA,
disingkat P3DI, berkedudukan di Kota Semarang.----------------------------
----------------------------------Pasal 4---------------------------------
Perkumpulan bertujuan meningkatkan mutu pengajar dan pelatih di bidang
teknologi digital melalui pelatihan, seminar dan sertifikasi anggota.-----
Sumber dana Perkumpulan berasal dari iuran anggota dan sumbangan yang tidak
mengikat.-----------------------------------------------------------------
"""

DEED_FIRMA = """\
                             AKTA PENDIRIAN
                           PERSEKUTUAN FIRMA
                         "FIRMA SINAR EDUKASI"
                               Nomor 21.
-Pada hari ini, Senin, tanggal 6 Februari 2017 (enam Februari dua ribu tujuh
belas), pukul 10.30 WIB.--------------------------------------------------
-Berhadapan dengan saya, HENDRIK TAMBUNAN, Sarjana Hukum, Notaris di Kota
Medan, dengan dihadiri oleh saksi-saksi yang saya, Notaris, kenal:--------
1. Tuan ROBERT SIMANJUNTAK, lahir di Pematangsiantar, Wiraswasta;---------
2. Tuan DANIEL SITUMORANG, lahir di Medan, Wiraswasta;--------------------
-Para penghadap menerangkan dengan ini mendirikan suatu persekutuan dengan
firma (vennootschap onder firma) dengan syarat-syarat sebagai berikut:----
----------------------------------Pasal 1---------------------------------
Persekutuan ini memakai nama FIRMA SINAR EDUKASI, berkedudukan di Kota
Medan.--------------------------------------------------------------------
----------------------------------Pasal 3---------------------------------
Persekutuan bergerak dalam bidang jasa kursus keterampilan dan penjualan
kelas pelatihan secara daring.--------------------------------------------
----------------------------------Pasal 4---------------------------------
Para sekutu bertanggung jawab secara tanggung renteng atas seluruh perikatan
persekutuan.--------------------------------------------------------------
"""

REGULATION_PERUM = """\
                                PRESIDEN
                           REPUBLIK INDONESIA

                PERATURAN PEMERINTAH REPUBLIK INDONESIA
                          NOMOR 45 TAHUN 2021
                                TENTANG
          PERUSAHAAN UMUM (PERUM) LAYANAN PELATIHAN DIGITAL

                  DENGAN RAHMAT TUHAN YANG MAHA ESA
                     PRESIDEN REPUBLIK INDONESIA,
Menimbang : a. bahwa dalam rangka meningkatkan akses angkatan kerja terhadap
               pelatihan vokasi, perlu mendirikan badan usaha milik negara
               yang menyelenggarakan layanan pelatihan digital;
Mengingat : 1. Pasal 5 ayat (2) Undang-Undang Dasar Negara Republik
               Indonesia Tahun 1945;
            2. Undang-Undang Nomor 19 Tahun 2003 tentang Badan Usaha Milik
               Negara;
                              MEMUTUSKAN:
Menetapkan : PERATURAN PEMERINTAH TENTANG PERUSAHAAN UMUM (PERUM) LAYANAN
             PELATIHAN DIGITAL.
                                BAB II
                              PENDIRIAN
                                Pasal 2
(1) Dengan Peraturan Pemerintah ini didirikan Perusahaan Umum (Perum)
    Layanan Pelatihan Digital, yang selanjutnya dalam Peraturan Pemerintah
    ini disebut Perusahaan.
(2) Perusahaan sebagaimana dimaksud pada ayat (1) merupakan Badan Usaha Milik
    Negara yang seluruh modalnya dimiliki negara dan tidak terbagi atas
    saham.
                                Pasal 3
Perusahaan berkedudukan dan berkantor pusat di Jakarta.
                                       Ditetapkan di Jakarta
                                       pada tanggal 12 Juli 2021
                                       PRESIDEN REPUBLIK INDONESIA,
                                                 ttd.
"""

REGULATION_PERUMDA = """\
                          WALI KOTA SURABAYA
                          PROVINSI JAWA TIMUR
              PERATURAN DAERAH KOTA SURABAYA NOMOR 5 TAHUN 2022
                               TENTANG
             PERUSAHAAN UMUM DAERAH SURYA EDUKASI DIGITAL
            DENGAN RAHMAT TUHAN YANG MAHA ESA
                     WALI KOTA SURABAYA,
Menimbang : bahwa untuk menyelenggarakan kemanfaatan umum di bidang pelatihan
            kerja berbasis digital perlu membentuk Badan Usaha Milik Daerah;
Mengingat : Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;
            Peraturan Pemerintah Nomor 54 Tahun 2017 tentang Badan Usaha
            Milik Daerah;
Dengan Persetujuan Bersama DEWAN PERWAKILAN RAKYAT DAERAH KOTA SURABAYA dan
WALI KOTA SURABAYA
                             MEMUTUSKAN:
                               Pasal 2
(1) Dengan Peraturan Daerah ini didirikan Perusahaan Umum Daerah Surya
    Edukasi Digital, yang selanjutnya disebut Perumda Surya Edukasi Digital.
(2) Perumda Surya Edukasi Digital merupakan Badan Usaha Milik Daerah yang
    seluruh modalnya dimiliki oleh Pemerintah Daerah Kota Surabaya dan tidak
    terbagi atas saham.
"""

DECREE_MINISTRY = """\
              KEPUTUSAN MENTERI KETENAGAKERJAAN REPUBLIK INDONESIA
                            NOMOR 88 TAHUN 2020
                                  TENTANG
       PENETAPAN SISTEM INFORMASI LATIHKERJA SEBAGAI PLATFORM DIGITAL
                       PELATIHAN KERJA KEMENTERIAN
              MENTERI KETENAGAKERJAAN REPUBLIK INDONESIA,
Menimbang : bahwa untuk memperluas akses pelatihan kerja bagi angkatan kerja
            perlu menetapkan sistem informasi pelatihan kerja yang dikelola
            oleh Kementerian Ketenagakerjaan sebagai platform digital;
Mengingat : Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem
            Pemerintahan Berbasis Elektronik;
                               MEMUTUSKAN:
KESATU : Menetapkan Sistem Informasi LATIHKERJA yang dikelola oleh Direktorat
         Jenderal Pembinaan Pelatihan Vokasi dan Produktivitas, Kementerian
         Ketenagakerjaan, sebagai platform digital pelatihan kerja.
KEDUA  : Direktur Jenderal Pembinaan Pelatihan Vokasi dan Produktivitas
         bertanggung jawab atas pengelolaan platform sebagaimana dimaksud
         dalam Diktum KESATU.
                                         Ditetapkan di Jakarta
                                         pada tanggal 3 Agustus 2020
                                         MENTERI KETENAGAKERJAAN
                                         REPUBLIK INDONESIA,
                                                  ttd.
"""

COVERAGE_LETTER = """\
PT KELAS MAHIR INDONESIA
Jl. Ampera Raya No. 17, Jakarta Selatan 12560

Nomor   : 017/KMI-DIR/V/2024
Perihal : Surat Pernyataan Cakupan Layanan Nasional

Dengan ini kami menyatakan bahwa layanan platform kami telah digunakan oleh
peserta pelatihan di Jawa Barat, Jawa Tengah dan Banten.

Jakarta, 15 Mei 2024
Hormat kami,
(Aditya Nugroho)
Direktur Utama
"""


def _name(value: str) -> str:
    """A name as a reader compares it: case, spacing and the dot of "PT." do not matter."""
    value = re.sub(r"^PT\.\s*", "PT ", value.strip(), flags=re.IGNORECASE)
    return " ".join(value.split()).casefold()


def assert_name(facts: dict, expected: str, *, exact: bool) -> None:
    assert "company_name" in facts, facts
    if exact:
        assert _name(facts["company_name"]) == _name(expected)
    else:
        assert _name(expected) in _name(facts["company_name"])


# A regional government among the shareholders, with a tenth of the shares: still private.
WITH_A_MINORITY_GOVERNMENT = ESTABLISHMENT.replace(
    "   pendiri yang telah mengambil bagian saham.",
    "   pendiri yang telah mengambil bagian saham,\n"
    "   Pemerintah Kota Bandung selaku pemegang saham minoritas sebanyak 100 saham (10%).", 1)

# A regional government holding most of the shares, named without "pemegang saham": a BUMD.
WITH_A_MAJORITY_GOVERNMENT = ESTABLISHMENT.replace(
    "   pendiri yang telah mengambil bagian saham.",
    "   pendiri yang telah mengambil bagian saham,\n"
    "   - Pemerintah Kabupaten Bandung sebanyak 600 (enam ratus) saham atau 60% (enam puluh persen);", 1)

# The name broken at the line end with a hyphen, as a typed deed wraps it.
HYPHENATED_NAME = ESTABLISHMENT.replace(
    "1. Perseroan Terbatas ini bernama PT BELAJAR NUSANTARA DIGITAL (selanjutnya",
    "1. Perseroan Terbatas ini bernama PT BELAJAR NUSANTARA DIGI-\nTAL (selanjutnya", 1)

# (file name, text, expected name, exact name match?, entity_form, ownership, listed)
ENTITIES = [
    pytest.param("akta_pendirian.txt", HYPHENATED_NAME, "PT Belajar Nusantara Digital", True,
                 "PT", "private", False, id="name-hyphenated-at-the-line-end"),
    pytest.param("akta_pendirian.txt", WITH_A_MINORITY_GOVERNMENT, "PT Belajar Nusantara Digital", True,
                 "PT", "private", False, id="pt-with-a-minority-regional-shareholder"),
    pytest.param("akta_pendirian.txt", ESTABLISHMENT, "PT Belajar Nusantara Digital", True,
                 "PT", "private", False, id="pt-establishment"),
    pytest.param("akta_pendirian.txt", WITH_A_MAJORITY_GOVERNMENT, "PT Belajar Nusantara Digital", True,
                 "PT", "bumd", False, id="pt-with-a-majority-regional-shareholder"),
    pytest.param("akta_perubahan_2021.txt", AMENDMENT, "PT Belajar Nusantara Digital", True,
                 "PT", "private", False, id="pt-amendment-alone"),
    pytest.param("scan_001.txt", DEED_PT_WITH_INSTITUTIONAL_FOUNDERS, "PT Talenta Bangsa Mandiri",
                 True, "PT", "private", False, id="pt-founded-by-koperasi-and-yayasan"),
    pytest.param("akta_45.txt", DEED_TBK, "Edukasi Cerdas Indonesia", False,
                 "PT", "private", True, id="pt-tbk"),
    pytest.param("akta.txt", DEED_PERSERO, "Pendidikan Digital Nusantara", False,
                 "PT", "bumn", False, id="persero"),
    pytest.param("lampiran1.txt", DEED_PERSERODA, "Jabar Digital Kreatif", False,
                 "PT", "bumd", False, id="perseroda"),
    pytest.param("akta_cv.txt", DEED_CV, "CV Mitra Belajar Mandiri", True,
                 "CV", "private", False, id="cv-persekutuan-komanditer"),
    pytest.param("akta.txt", DEED_YAYASAN, "Yayasan Cahaya Ilmu Nusantara", True,
                 "YAYASAN", "private", False, id="yayasan"),
    pytest.param("dokumen_badan_hukum.txt", DEED_KOPERASI, "Koperasi Jasa Edukasi Digital Sejahtera",
                 True, "KOPERASI", "private", False, id="koperasi"),
    pytest.param("akta.txt", DEED_PERKUMPULAN, "Perkumpulan Pengajar dan Pelatih Digital Indonesia",
                 True, "PERKUMPULAN", "private", False, id="perkumpulan"),
    pytest.param("akta_firma.txt", DEED_FIRMA, "Firma Sinar Edukasi", True,
                 "FIRMA", "private", False, id="firma"),
    pytest.param("pp_pendirian.txt", REGULATION_PERUM, "Layanan Pelatihan Digital", False,
                 "PERUM", "bumn", False, id="perum-by-government-regulation"),
    pytest.param("perda.txt", REGULATION_PERUMDA, "Surya Edukasi Digital", False,
                 "PERUMDA", "bumd", False, id="perumda-by-regional-regulation"),
    pytest.param("kepmen.txt", DECREE_MINISTRY, None, False,
                 "GOVERNMENT_AGENCY", "government", False, id="ministry-decree"),
]


@pytest.mark.parametrize("name, text, company, exact, form, ownership, listed", ENTITIES)
def test_company_name_form_ownership(name, text, company, exact, form, ownership, listed):
    facts = facts_of((name, text))
    if company is not None:
        assert_name(facts, company, exact=exact)
    assert facts.get("entity_form") == form
    assert facts.get("ownership") == ownership
    # A company that is not listed may carry listed=False or no listing fact at all.
    assert facts.get("listed", False) is listed


# (file name, text, deed number as written, ISO date, notary without titles)
# The year in words runs past a line filled with a dash on to the next line.
DEED_YEAR_WRAPPED = """\
AKTA PENDIRIAN
PERSEROAN TERBATAS PT BINA TALENTA MANDIRI
Nomor : 09
Pada hari ini, Rabu, tanggal tujuh belas November dua ribu dua puluh -
satu (17-11-2021), pukul 10.15 WIB (sepuluh lewat lima belas menit
Waktu Indonesia Barat). ---------- Berhadapan dengan saya, Hj. Nur
Aisyah Lubis, S.H., M.Kn., Notaris berkedudukan di Kota Medan.
"""

# The notary's letterhead names the other office (land deeds) and an address with a number.
DEED_LETTERHEAD_PPAT = ESTABLISHMENT.replace(
    "NOTARIS DI KOTA BANDUNG",
    "NOTARIS & PEJABAT PEMBUAT AKTA TANAH\nRuko Kemang Square Blok B No. 17, Jakarta Selatan")

# The date in words only, naming its parts; a founder's birth date follows in digits.
DEED_BULAN_TAHUN = re.sub(
    r"tanggal 14-04-2020 \(empat belas April dua\s+ribu dua\s+puluh\)",
    "tanggal dua puluh satu bulan Juni tahun dua ribu dua puluh satu", ESTABLISHMENT, count=1)

# A sworn translation: the date as an English ordinal, the number after "Number:".
DEED_TRANSLATED = """\
SWORN TRANSLATION
Translated from Indonesian into English by Maria Gunawan, Sworn and Authorized Translator.
DEED OF ESTABLISHMENT
OF THE LIMITED LIABILITY COMPANY
PT CAKRAWALA KARYA DIGITAL
Number: 7 (seven)
On this day, Tuesday, the twenty-second day of June two thousand and twenty-one, at 10.00
Western Indonesia Time.
Appeared before me, ANDREAS WIJAYA, Bachelor of Laws, Master of Notarial Affairs, Notary in
Jakarta, in the presence of witnesses known to me:
1. Mr. BUDI SANTOSO, born in Bandung on 12-05-1985, Indonesian citizen.
"""

DEED_HEADS = [
    pytest.param("akta_pendirian.txt", ESTABLISHMENT, "12", "2020-04-14", "Siti Rahmawati",
                 id="digits-and-words-date_footer-repeats-number_notary-letterhead"),
    pytest.param("akta_pkr.txt", AMENDMENT, "31", "2021-03-05", "Andi Pratama",
                 id="amendment-recites-older-deed-and-meeting-date"),
    pytest.param("akta_45.txt", DEED_TBK, "45", "2022-06-09", "Ratna Kusumawardhani",
                 id="hajjah-and-three-degrees"),
    pytest.param("akta.txt", DEED_WORDS_ONLY, "7", "2019-07-23", "Rika Lestari",
                 id="date-in-words-only_number-with-words"),
    pytest.param("akta.txt", DEED_PERSERO, "19", "2021-11-17", "Maria Ulfah Hasibuan",
                 id="day-month-name-year_regulation-number-nearby"),
    pytest.param("akta.txt", DEED_PERSERODA, "56", "2023-11-11", "Febriana Siregar",
                 id="words-then-digits-date"),
    pytest.param("akta_cv.txt", DEED_CV, "8", "2020-01-20", "Yohanes Gunawan",
                 id="no-abbreviation_insinyur"),
    pytest.param("akta.txt", DEED_YAYASAN, "112", "2022-08-31", "Ni Ketut Sari Dewi",
                 id="balinese-name-kept-whole_wita"),
    pytest.param("akta.txt", DEED_KOPERASI, "03", "2018-10-01", "Muhammad Fauzi",
                 id="leading-zero-number_spesialis-notariat"),
    pytest.param("akta.txt", DEED_PERKUMPULAN, "14", "2016-12-19", "Elisabeth Widjaja",
                 id="sembilan-belas"),
    pytest.param("akta.txt", DEED_FIRMA, "21", "2017-02-06", "Hendrik Tambunan",
                 id="single-degree"),
    pytest.param("scan_001.txt", DEED_PT_WITH_INSTITUTIONAL_FOUNDERS, "27", "2019-09-12",
                 "Dian Permatasari", id="abbreviated-titles"),
    pytest.param("akta.txt", DEED_YEAR_WRAPPED, "09", "2021-11-17", "Nur Aisyah Lubis",
                 id="year-in-words-wraps-after-a-dash"),
    pytest.param("akta.txt", DEED_LETTERHEAD_PPAT, "12", "2020-04-14", "Siti Rahmawati",
                 id="ppat-letterhead-with-a-shop-number"),
    pytest.param("akta.txt", DEED_BULAN_TAHUN, "12", "2021-06-21", "Siti Rahmawati",
                 id="bulan-and-tahun-named-in-words_birth-date-after"),
    pytest.param("akta.txt", ESTABLISHMENT.replace("Nomor : 12.", "Nomor : 1O.", 1), "10", "2020-04-14",
                 "Siti Rahmawati", id="letter-o-typed-for-a-zero"),
    pytest.param("deed_translation.txt", DEED_TRANSLATED, "7", "2021-06-22", "Andreas Wijaya",
                 id="english-ordinal-day-of-month_birth-date-after"),
]


@pytest.mark.parametrize("name, text, number, date, notary", DEED_HEADS)
def test_deed_number_date_and_notary(name, text, number, date, notary):
    facts = facts_of((name, text))
    assert facts.get("deed_number") == number
    assert facts.get("deed_date") == date
    assert "notary_name" in facts, facts
    assert facts["notary_name"].casefold() == notary.casefold()


@pytest.mark.parametrize(
    "bundle",
    [
        pytest.param([("akta_pendirian.txt", ESTABLISHMENT), ("akta_perubahan.txt", AMENDMENT)],
                     id="establishment-first"),
        pytest.param([("lampiran2.txt", AMENDMENT), ("lampiran1.txt", ESTABLISHMENT)],
                     id="amendment-first_unhelpful-names"),
    ],
)
def test_latest_deed_gives_number_date_and_notary(bundle):
    facts = facts_of(*bundle)
    assert facts.get("deed_number") == "31"
    assert facts.get("deed_date") == "2021-03-05"
    # The notary is the one of the deed that counts, the amendment's.
    assert facts.get("notary_name", "").casefold() == "andi pratama"
    assert _name(facts.get("company_name", "")) == _name("PT Belajar Nusantara Digital")
    assert facts.get("entity_form") == "PT"


@pytest.mark.parametrize(
    "name, text",
    [
        pytest.param("akta_45.txt", DEED_TBK, id="notary-in-jakarta_seat-jakarta-selatan"),
        pytest.param("akta.txt", DEED_WORDS_ONLY, id="notary-in-jakarta_founders-in-jakarta"),
        pytest.param("akta.txt", DEED_KOPERASI, id="seat-in-daerah-istimewa-yogyakarta"),
        pytest.param("akta.txt", DEED_PERSERODA, id="regional-government-shareholder"),
    ],
)
def test_places_in_a_deed_are_not_coverage(name, text):
    """A notary's seat, a company's seat or a shareholder's province says nothing about users."""
    facts = facts_of((name, text))
    assert "provinces" not in facts
    assert "province_count" not in facts


@pytest.mark.parametrize(
    "name, text",
    [
        pytest.param("pp_pendirian.txt", REGULATION_PERUM, id="perum-pp"),
        pytest.param("perda.txt", REGULATION_PERUMDA, id="perumda-perda"),
        pytest.param("kepmen.txt", DECREE_MINISTRY, id="ministry-decree"),
    ],
)
def test_regulations_have_no_notary(name, text):
    facts = facts_of((name, text))
    assert "notary_name" not in facts


def test_a_letter_number_is_not_a_deed_number():
    facts = facts_of(("surat_pernyataan.txt", COVERAGE_LETTER))
    assert "deed_number" not in facts
    assert "deed_date" not in facts
    assert "notary_name" not in facts



def test_a_quoted_title_wrapped_onto_two_lines_is_not_a_shorter_name():
    from compliance_docs.extract import extract
    from compliance_docs.ingest import document_from_text

    wrapped = ESTABLISHMENT.replace('"PT BELAJAR NUSANTARA DIGITAL"', '"PT BELAJAR NUSANTARA\n   DIGITAL"', 1)
    assert '"PT BELAJAR NUSANTARA\n' in wrapped
    names = {f.value for f in extract([document_from_text("akta.txt", wrapped)]).all("company_name")}
    assert names == {"PT Belajar Nusantara Digital"}


def test_the_closing_words_of_the_deed_are_not_part_of_the_last_officers_name():
    text = ESTABLISHMENT + ("\nUntuk pertama kalinya telah diangkat sebagai anggota Direksi dan Dewan "
                            "Komisaris Perseroan, yaitu:\n- Komisaris : Tuan SUTRISNO\n"
                            "DEMIKIANLAH AKTA INI dibuat di Kota Bandung.\n")
    officers = facts_of(("akta_pendirian.txt", text))["officers"]
    assert "Sutrisno (komisaris)" in officers, officers


@pytest.mark.parametrize("written, name", [
    ("PT EDUKASI KERJA INDONESIA (Persero)", "PT Edukasi Kerja Indonesia (Persero)"),
    ("Perum PENDIDIKAN DAN PELATIHAN KERJA", "Perum Pendidikan Dan Pelatihan Kerja"),
    ("PT BRI (Persero)", "PT BRI (Persero)"),
])
def test_a_name_in_capitals_but_for_its_form_is_written_as_the_others(written, name):
    from compliance_docs.extract.identity import normalize_company_name

    assert normalize_company_name(written) == name
