-- DropForeignKey
ALTER TABLE "dossier_event" DROP CONSTRAINT "dossier_event_actor_id_fkey";

-- DropForeignKey
ALTER TABLE "dossier_event" DROP CONSTRAINT "dossier_event_dossier_id_fkey";

-- AddForeignKey
ALTER TABLE "dossier_event" ADD CONSTRAINT "dossier_event_dossier_id_fkey" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "dossier_event" ADD CONSTRAINT "dossier_event_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;
